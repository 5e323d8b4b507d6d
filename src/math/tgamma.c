#include "libm.h"

#define HALF_LOG_2PI_HI 0x1.d67f1c864beb5p-1
#define HALF_LOG_2PI_LO -0x1.65b5a1b7ff5dfp-55
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* B_2k / (2k (2k - 1)), k = 1..12: Stirling's series for log Gamma */
static const double stirling[12] = {
	0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11,
	-0x1.3813813813814p-11, 0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10,
	0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6, 0x1.6fe96381e0680p-3,
	-0x1.6476701181f3ap+0, 0x1.ace44322ce006p+3, -0x1.39b2525cccc1bp+7,
};

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
 * exact double-doubles; from 12 on, e^(log Gamma) with Stirling's series
 * (its 13th term is below 2^-78 there) and (x - 1/2) log x - x carried as
 * double-doubles, so even Gamma(171) keeps its 2^-60.
 */
static double gamma_pos(double xh, double xl, int *k, double *lo)
{
	double ph = 1, pl = 0, e;
	while (xh < 12) {
		ph = dd_mul(ph, pl, xh, xl, &pl);
		xh = two_sum(xh, 1, &e);
		xh = fast_two_sum(xh, xl + e, &xl);
	}
	double ll, lh = __lstar_log_dd(xh, &ll);
	ll += xl / xh;
	double al, ah = two_sum(xh, -0.5, &al);
	al += xl;
	double ml, mh = dd_mul(ah, al, lh, ll, &ml);
	mh = dd_add(mh, ml, -xh, -xl, &ml);
	mh = dd_add(mh, ml, HALF_LOG_2PI_HI, HALF_LOG_2PI_LO, &ml);
	double r = 1 / xh, r2 = r * r, s = 0;
	for (int i = 11; i >= 0; i--)
		s = s * r2 + stirling[i];
	mh = dd_add(mh, ml, s * r, 0, &ml);
	double gl, gh = __lstar_exp_dd(mh, ml, k, &gl);
	gh = dd_div(gh, gl, ph, pl, &gl);
	gh = normalize(gh, &gl, k);
	*lo = gl;
	return gh;
}

/* sin(pi x) for |x| < 2^52, x - round(x) being exact. */
static double sinpi(double x, double *lo)
{
	double n = (x + 0x1.8p52) - 0x1.8p52, r = x - n;
	double ar = __builtin_fabs(r), h, l;
	if (ar <= 0.25) {
		h = dd_mul(ar, 0, PI_HI, PI_LO, &l);
		h = __lstar_sin_dd(h, l, &l);
	} else {
		h = dd_mul(0.5 - ar, 0, PI_HI, PI_LO, &l);
		h = __lstar_cos_dd(h, l, &l);
	}
	/* sin(pi (n + r)) = (-1)^n sin(pi r) */
	int neg = (r < 0) != ((int64_t)n & 1);
	*lo = neg ? -l : l;
	return neg ? -h : h;
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
		double sl, sh = sinpi(x, &sl);
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
