#include "pwd_impl.h"

extern FILE *__lstar_pwent_file __hidden;

void endpwent(void)
{
	if (__lstar_pwent_file) {
		fclose(__lstar_pwent_file);
		__lstar_pwent_file = NULL;
	}
}
