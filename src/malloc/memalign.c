#include <stdlib.h>
#include <errno.h>
#include "syscall.h"
#include "malloc_impl.h"

void *memalign(size_t align, size_t n)
{
	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return 0;
	}
	return __lstar_memalign(align, n);
}
