#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* sin(pi x) as hi + lo for finite x, x - round(x) being exact. */
double __lstar_sinpi_dd(double x, double *lo)
{
	double n = rint(x), r = x - n;	/* exact */
	double ar = __builtin_fabs(r), h, l;
	if (ar <= 0.25) {
		h = dd_mul(ar, 0, PI_HI, PI_LO, &l);
		h = __lstar_sin_dd(h, l, &l);
	} else {
		h = dd_mul(0.5 - ar, 0, PI_HI, PI_LO, &l);
		h = __lstar_cos_dd(h, l, &l);
	}
	/* sin(pi (n + r)) = (-1)^n sin(pi r) */
	int neg = (r < 0) != (__builtin_fabs(n) < 0x1p53 && ((int64_t)n & 1));
	*lo = neg ? -l : l;
	return neg ? -h : h;
}

