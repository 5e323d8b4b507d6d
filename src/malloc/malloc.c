#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

void *malloc(size_t n)
{
	if (__lstar_full_malloc)
		return __lstar_full_malloc(n);
	return __lstar_bump_alloc(n, MALLOC_ALIGN);
}
