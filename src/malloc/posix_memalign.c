#include <stdlib.h>
#include <errno.h>
#include "syscall.h"
#include "malloc_impl.h"

/* Returns the error instead of setting errno; *out is untouched on error. */
int posix_memalign(void **out, size_t align, size_t n)
{
	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	int saved = errno;
	void *p = __lstar_memalign(align, n);
	if (!p) {
		errno = saved;
		return ENOMEM;
	}
	*out = p;
	return 0;
}
