#include "ld80.h"

/* frndint rounds in the current x87 rounding mode. */
long double rintl(long double x)
{
	__asm__("frndint" : "+t"(x));
	return x;
}
