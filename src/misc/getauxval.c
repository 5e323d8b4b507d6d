#include <sys/auxv.h>
#include <errno.h>
#include "libc.h"

unsigned long getauxval(unsigned long type)
{
	if (__lstar_auxv)
		for (size_t *a = __lstar_auxv; a[0]; a += 2)
			if (a[0] == type)
				return a[1];
	errno = ENOENT;
	return 0;
}
