#include "libm.h"

/* tanh x = E/(E + 2) with E = e^(2|x|) - 1 as a double-double. */
double tanh(double x)
{
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27 || isnan(x))
		return isnan(x) ? x + x : x;	/* x^3/3 is below half an ulp */
	if (ax > 22)
		return x < 0 ? -1 : 1;	/* 1 - tanh x < 2^-62 */
	double el, eh = __lstar_expm1_dd(2 * ax, &el);
	double dl, dh = dd_add(eh, el, 2, 0, &dl);
	double ql, q = dd_div(eh, el, dh, dl, &ql);
	q += ql;
	return x < 0 ? -q : q;
}
