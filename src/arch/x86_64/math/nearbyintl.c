#include "ld80.h"

/* See nearbyint.c: without <fenv.h> the inexact flag is not observable. */
long double nearbyintl(long double x)
{
	return rintl(x);
}
