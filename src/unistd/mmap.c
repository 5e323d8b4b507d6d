#include <sys/mman.h>
#include "syscall.h"
#include <errno.h>

/* The kernel takes the offset in bytes but requires page alignment; an
 * unaligned one is EINVAL here as there. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (off & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)__syscall_ret(sys_mmap(addr, len, prot, flags, fd, off));
}
