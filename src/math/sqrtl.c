#include "libm.h"

long double sqrtl(long double x)
{
	if (x < 0) {
		errno = EDOM;
		return (x - x) / (x - x);
	}
	return __lstar_sqrtl(x);
}
