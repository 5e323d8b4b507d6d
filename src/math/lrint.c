#include "libm.h"

/* Out of range and NaN give LONG_MIN, as cvtsd2si does for glibc. */
long lrint(double x)
{
	double y = rint(x);
	if (!(y >= -0x1p63 && y < 0x1p63))
		return (long)SIGN64;
	return (long)y;
}
