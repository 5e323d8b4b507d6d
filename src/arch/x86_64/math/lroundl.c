#include "ld80.h"

long lroundl(long double x)
{
	long double y = roundl(x);
	if (!(y >= -0x1p63L && y < 0x1p63L))
		return (long)SIGN64;
	return (long)y;
}
