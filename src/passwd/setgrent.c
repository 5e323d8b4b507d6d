#include "pwd_impl.h"

extern FILE *__lstar_grent_file __hidden;

void setgrent(void)
{
	if (__lstar_grent_file)
		rewind(__lstar_grent_file);
}
