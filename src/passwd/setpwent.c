#include "pwd_impl.h"

extern FILE *__lstar_pwent_file __hidden;

void setpwent(void)
{
	if (__lstar_pwent_file)
		rewind(__lstar_pwent_file);
}
