#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

void *__lstar_memalign(size_t align, size_t n)
{
	if (align < MALLOC_ALIGN)
		align = MALLOC_ALIGN;
	if (__lstar_full_memalign)
		return __lstar_full_memalign(align, n);
	return __lstar_bump_alloc(n, align);
}
