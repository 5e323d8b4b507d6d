#include "libm.h"

float nexttowardf(float x, long double y)
{
	if (isnan(x) || isnan(y))
		return (float)((long double)x + y);
	if (x == y)
		return (float)y;
	uint32_t u = asuint(x);
	if (x == 0)
		return asfloat((signbit(y) ? 0x80000000 : 0) | 1);
	if ((x < y) == !(u >> 31))
		u++;
	else
		u--;
	uint32_t e = u & 0x7f800000;
	if (e == 0x7f800000 || !e)
		errno = ERANGE;
	return asfloat(u);
}
