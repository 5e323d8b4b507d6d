#include "stdio_impl.h"

void rewind(FILE *f)
{
	if (!__lstar_fseeko(f, 0, SEEK_SET))
		f->flags &= ~F_ERR;
}
