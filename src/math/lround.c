#include "libm.h"

long lround(double x)
{
	double y = round(x);
	if (!(y >= -0x1p63 && y < 0x1p63))
		return (long)SIGN64;
	return (long)y;
}
