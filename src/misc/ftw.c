#include "ftw_impl.h"

/* ftw is nftw without flags, reporting FTW_SLN as FTW_NS (glibc).  The
 * descriptor limit is not needed: see __lstar_ftw.c. */
int ftw(const char *dir, __ftw_func_t fn, int fd_limit)
{
	(void)fd_limit;
	return __lstar_ftw(dir, 0, fn, 0);
}
