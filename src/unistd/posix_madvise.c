#include <sys/mman.h>
#include "syscall.h"

/* Returns the error number instead of setting errno (POSIX).  As in glibc,
 * POSIX_MADV_DONTNEED is not passed on: Linux's MADV_DONTNEED discards
 * private pages, which POSIX's advice must not do. */
int posix_madvise(void *addr, size_t len, int advice)
{
	if (advice == POSIX_MADV_DONTNEED)
		return 0;
	return (int)-sys_madvise(addr, len, advice);
}
