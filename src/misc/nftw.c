#include "ftw_impl.h"

int nftw(const char *dir, __nftw_func_t fn, int fd_limit, int flags)
{
	(void)fd_limit;
	return __lstar_ftw(dir, fn, 0, flags);
}
