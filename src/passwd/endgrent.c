#include "pwd_impl.h"

extern FILE *__lstar_grent_file __hidden;

void endgrent(void)
{
	if (__lstar_grent_file) {
		fclose(__lstar_grent_file);
		__lstar_grent_file = NULL;
	}
}
