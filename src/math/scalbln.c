#include "libm.h"

double scalbln(double x, long n)
{
	if (n > 4000)
		n = 4000;
	else if (n < -4000)
		n = -4000;
	return scalbn(x, (int)n);
}
