#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

/* realloc(p, 0) frees p and returns NULL, as glibc does. */
void *realloc(void *p, size_t n)
{
	if (__lstar_full_realloc)
		return __lstar_full_realloc(p, n);
	if (p && !n)
		return 0;
	return __lstar_bump_realloc(p, n);
}
