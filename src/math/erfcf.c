#include "libm.h"

/* See erff.c; a result that underflows in float sets ERANGE as glibc. */
float erfcf(float x)
{
	float r = (float)erfc(x);
	if (r == 0 && !isinf(x))
		errno = ERANGE;
	return r;
}
