#include "ld80.h"

/* fprem1: the IEEE remainder (quotient rounded to nearest, ties even). */
long double remainderl(long double x, long double y)
{
	unsigned short sw;
	if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0))
		errno = EDOM;
	do
		__asm__("fprem1; fnstsw %%ax" : "+t"(x), "=a"(sw) : "u"(y));
	while (sw & 0x400);
	return x;
}
