#include "ld80.h"

/* fprem reduces the exponent difference by at most 63 per step, exactly;
 * C2 in the status word says more steps are needed. */
long double fmodl(long double x, long double y)
{
	unsigned short sw;
	if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0))
		errno = EDOM;
	do
		__asm__("fprem; fnstsw %%ax" : "+t"(x), "=a"(sw) : "u"(y));
	while (sw & 0x400);
	return x;
}
