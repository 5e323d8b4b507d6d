#include "ld80.h"

long double fminl(long double x, long double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	/* equal (including -0 and +0): x, as glibc */
	return x <= y ? x : y;
}
