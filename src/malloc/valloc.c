#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

void *valloc(size_t n)
{
	return __lstar_memalign(4096, n);
}
