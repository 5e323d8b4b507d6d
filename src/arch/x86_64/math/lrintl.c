#include "ld80.h"

/* fistp rounds in the current mode; out of range and NaN store LONG_MIN. */
long lrintl(long double x)
{
	long r;
	__asm__("fistpll %0" : "=m"(r) : "t"(x) : "st");
	return r;
}
