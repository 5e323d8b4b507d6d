#include "stdio_impl.h"

/* long and off_t are both 64 bits on x86_64: no EOVERFLOW case. */
long ftell(FILE *f)
{
	return __lstar_ftello(f);
}
