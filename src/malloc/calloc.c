#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "syscall.h"
#include "malloc_impl.h"

void *calloc(size_t n, size_t size)
{
	size_t total;
	if (__builtin_mul_overflow(n, size, &total)) {
		errno = ENOMEM;
		return 0;
	}
	void *p = malloc(total);
	/* Bump memory is never reused, and fresh mappings are zero. */
	if (p && __lstar_full_is_zeroed && !__lstar_full_is_zeroed(p))
		memset(p, 0, total);
	return p;
}
