#include "libm.h"

double atan(double x)
{
	double ax = __builtin_fabs(x), r, lo;
	if (ax < 0x1p-27)
		return x;	/* x^3/3 is below half an ulp */
	if (!(ax < 0x1p60)) {	/* pi/2 - 1/x: the next term is far below an ulp */
		if (isnan(x))
			return x + x;
		r = 0x1.921fb54442d18p+0 + (0x1.1a62633145c07p-54 - 1 / ax);
	} else {
		r = __lstar_atan_dd(ax, 0, &lo);
		r += lo;
	}
	return x < 0 ? -r : r;
}
