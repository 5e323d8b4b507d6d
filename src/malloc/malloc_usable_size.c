#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	if (__lstar_full_usable_size)
		return __lstar_full_usable_size(p);
	return __lstar_bump_usable_size(p);
}
