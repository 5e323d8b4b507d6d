/* Inputs shared by the math suites: a fixed-seed generator and the values
 * where libm implementations differ most (zeros, subnormals, halves,
 * integers at the edge of the significand, extremes, infinities, NaN). */
#ifndef LSTAR_MATH_TEST_H
#define LSTAR_MATH_TEST_H

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

static inline uint64_t rnd64(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static inline double rnd_bits(void)	/* any double, NaN included */
{
	uint64_t u = rnd64();
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

static inline double rnd_range(double lo, double hi)
{
	return lo + (hi - lo) * ((double)(rnd64() >> 11) * 0x1p-53);
}

/* log-uniform magnitude in [2^lo, 2^hi), random sign if sign is set */
static inline double rnd_exp(int lo, int hi, int sign)
{
	double m = 1 + (double)(rnd64() >> 12) * 0x1p-52;
	double d = ldexp(m, lo + (int)(rnd64() % (uint64_t)(hi - lo)));
	return sign && (rnd64() & 1) ? -d : d;
}

static const double specials[] = {
	0.0, -0.0, 0x1p-1074, -0x1p-1074, 0x1.fffffffffffffp-1023, -0x0.8p-1022,
	DBL_MIN, -DBL_MIN, 0x1p-600, 1e-300, -1e-300, 0x1p-60, 0x1p-28, -0x1p-28,
	1e-10, -1e-10, 0.1, -0.1, 0.25, 0.49999999999999994, 0.5, -0.5,
	0.50000000000000011, 0.75, 0.9999999999999999, 1.0, -1.0,
	1.0000000000000002, -1.0000000000000002, 1.5, -1.5, 2.0, -2.0, 2.5,
	-2.5, 3.0, -3.0, 5.0, -7.0, 0.3, 3.5, -3.5, 0x1.fffffffffffffp+0, 0.6931471805599453, 1.5707963267948966,
	-1.5707963267948966, 3.141592653589793, -3.141592653589793, 4.5,
	6.283185307179586, 10.0, 22.0, 100.0, -100.0, 0x1p51 + 0.5,
	-0x1p51 - 0.5, 0x1p52 - 0.5, 0x1p52 + 1, 0x1p53, -0x1p53, 0x1p63,
	-0x1p63, 0x1p64, 700.0, 709.78, 709.8, -708.0, -745.0, -745.2,
	1e22, 1e300, -1e300, 0x1.fffffffffffffp+52, -0x1p52 - 1, 0x1.8p1023, 0x1p1023, DBL_MAX, -DBL_MAX, INFINITY, -INFINITY,
	NAN,
};
#define NSPECIALS (sizeof specials / sizeof specials[0])

static inline int same_bits(double a, double b)
{
	if (isnan(a) && isnan(b))
		return 1;
	return !memcmp(&a, &b, sizeof a);
}

static inline int same_bitsf(float a, float b)
{
	if (isnan(a) && isnan(b))
		return 1;
	return !memcmp(&a, &b, sizeof a);
}

static inline int same_bitsl(long double a, long double b)
{
	if (isnan(a) && isnan(b))
		return 1;
	return !memcmp(&a, &b, 10);
}

#endif
