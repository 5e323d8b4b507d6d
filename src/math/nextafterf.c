#include "libm.h"

float nextafterf(float x, float y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint32_t u = asuint(x);
	if (x == 0)
		return asfloat((asuint(y) & 0x80000000) | 1);
	if ((x < y) == !(u >> 31))
		u++;
	else
		u--;
	uint32_t e = u & 0x7f800000;
	if (e == 0x7f800000 || !e)
		errno = ERANGE;
	return asfloat(u);
}
