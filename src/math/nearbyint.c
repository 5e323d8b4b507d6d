#include "libm.h"

/* rint without the inexact exception.  lstar has no <fenv.h>, so a
 * program cannot observe the flag and the two share one computation. */
double nearbyint(double x)
{
	return rint(x);
}
