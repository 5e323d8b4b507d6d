#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* hi + lo scaled into [1, 2), the power of two moved into *k. */
static double normalize(double hi, double *lo, int *k)
{
	int e = ilogb(hi);
	double f = scalbn(1, -e);
	*k += e;
	*lo *= f;
	return hi * f;
}

/*
 * Gamma(xh + xl) = 2^k (hi + lo) for x >= 1/2 (not tiny).  Below 12 the
 * recurrence Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)), the factors
 * exact double-doubles; from 12 on, e^(log Gamma) (__lstar_lgamma_dd), so
 * even Gamma(171) keeps its 2^-60.
 */
static double gamma_pos(double xh, double xl, int *k, double *lo)
{
	double ph = 1, pl = 0, e;
	while (xh < 12) {
		ph = dd_mul(ph, pl, xh, xl, &pl);
		xh = two_sum(xh, 1, &e);
		xh = fast_two_sum(xh, xl + e, &xl);
	}
	double ml, mh = __lstar_lgamma_dd(xh, xl, &ml);
	double gl, gh = __lstar_exp_dd(mh, ml, k, &gl);
	gh = dd_div(gh, gl, ph, pl, &gl);
	gh = normalize(gh, &gl, k);
	*lo = gl;
	return gh;
}

double tgamma(double x)
{
	if (isnan(x) || x == INFINITY)
		return x + x;
	if (x == 0)
		return __lstar_erange(1 / x);	/* pole: +-inf */
	if (x < 0 && (x == -INFINITY || x == rint(x)))
		return __lstar_edom((x - x) / (x - x));
	if (x > 171.7)
		return __lstar_erange(INFINITY);
	if (__builtin_fabs(x) < 0x1p-54) {	/* 1/x - Euler's gamma: the rest is below an ulp */
		if (__builtin_fabs(x) < 0x1p-900) {	/* gamma is below an ulp too */
			double r = 1 / x;
			if (isinf(r))
				errno = ERANGE;
			return r;
		}
		double ql, q = dd_div(1, 0, x, 0, &ql);
		return q + (ql - 0x1.2788cfc6fb619p-1);
	}
	int k;
	double lo, hi;
	if (x >= 0.5) {
		hi = gamma_pos(x, 0, &k, &lo);
	} else {
		if (x < -190)	/* |Gamma| < 2^-1100: the sign of sin(pi x) */
			return __lstar_erange(((int64_t)x & 1 ? 0x1p-1022 : -0x1p-1022) * 0x1p-1022);
		/* reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)) */
		double yl, yh = two_sum(1, -x, &yl);
		double gl, gh = gamma_pos(yh, yl, &k, &gl);
		double sl, sh = __lstar_sinpi_dd(x, &sl);
		double dl, dh = dd_mul(sh, sl, gh, gl, &dl);
		hi = dd_div(PI_HI, PI_LO, dh, dl, &lo);
		k = -k;
		hi = normalize(hi, &lo, &k);
	}
	double r = __lstar_exp_scale(hi, lo, k);
	if (r == 0 || isinf(r))
		errno = ERANGE;
	return r;
}
