#include "libm.h"

/* 0: not an integer, 1: odd integer, 2: even integer (y finite, != 0) */
static int integer_kind(uint64_t u)
{
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e < 0)
		return 0;
	if (e > 52)
		return 2;
	uint64_t m = 1ULL << (52 - e);	/* the units bit (e = 0: the exponent's low bit, set) */
	if (u & (m - 1))
		return 0;
	return u & m ? 1 : 2;
}

/* Annex F's cases for zero, infinite and NaN operands. */
static double special(double x, double y, uint64_t ux, uint64_t uy)
{
	if (isnan(x) || isnan(y))
		return x + y;
	double ax = __builtin_fabs(x);
	if (uy << 1 == EXP64 << 1) {	/* y = +-inf */
		if (ax == 1)
			return 1;
		return (ax > 1) == (y > 0) ? INFINITY : 0;
	}
	int odd = integer_kind(uy) == 1 && (ux >> 63);
	if (x == 0) {
		if (y > 0)
			return odd ? x : 0;
		return __lstar_erange(odd ? 1 / x : 1 / ax);	/* pole: +-inf */
	}
	/* x = +-inf */
	if (y > 0)
		return odd ? -INFINITY : INFINITY;
	return odd ? -0.0 : 0;
}

/*
 * x^y = e^(y log|x|): log|x| as a double-double (__lstar_log_dd, about
 * 2^-70), the product with y kept as a double-double, and e^ of that sum
 * (__lstar_exp_dd), so that the only sizeable error is the final
 * rounding.  A negative x needs an integer y, whose parity gives the sign.
 */
double pow(double x, double y)
{
	uint64_t ux = asuint64(x), uy = asuint64(y);
	if (!(uy << 1) || x == 1)
		return 1;
	if (!(ux << 1) || (ux << 1) >= EXP64 << 1 || (uy << 1) >= EXP64 << 1)
		return special(x, y, ux, uy);
	double sign = 1;
	if (ux >> 63) {
		int kind = integer_kind(uy);
		if (!kind)
			return __lstar_edom((x - x) / (x - x));
		if (kind == 1)
			sign = -1;
		x = -x;
		if (x == 1)
			return sign;
	}
	if (__builtin_fabs(y) > 0x1p64)	/* |y log x| > 2^11: certainly out of range */
		return __lstar_erange((x > 1) == (y > 0) ? sign * INFINITY : sign * 0.0);
	double ll, lh = __lstar_log_dd(x, &ll);
	double pl, ph = dd_mul(y, 0, lh, ll, &pl);
	if (ph > 710)
		return __lstar_erange(sign * INFINITY);
	if (ph < -746)
		return __lstar_erange(sign * 0.0);
	int k;
	double lo, hi = __lstar_exp_dd(ph, pl, &k, &lo);
	double r = __lstar_exp_scale(sign * hi, sign * lo, k);
	if (r == 0 || isinf(r))
		errno = ERANGE;
	return r;
}
