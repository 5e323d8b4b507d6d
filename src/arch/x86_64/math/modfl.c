#include "ld80.h"

long double modfl(long double x, long double *ip)
{
	if (isnan(x)) {
		*ip = x;
		return x + x;
	}
	*ip = truncl(x);
	if (isinf(x))
		return copysignl(0, x);
	return copysignl(x - *ip, x);
}
