#include <stdlib.h>
#include "syscall.h"
#include "malloc_impl.h"

/* The strong reference to __lstar_full_free is what links the full
 * allocator into every program that frees (see malloc_impl.h). */
void free(void *p)
{
	__lstar_full_free(p);
}
