#include "stdio_impl.h"

int fseek(FILE *f, long off, int whence)
{
	return __lstar_fseeko(f, off, whence);
}
