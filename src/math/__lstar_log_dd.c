#include "libm.h"

extern const double __lstar_log_tab[91][3] __hidden;

#define LN2_HI 0x1.62e42fefa3800p-1	/* 42 bits: k * LN2_HI is exact */
#define LN2_LO 0x1.ef35793c76730p-45

/*
 * log(x) as hi + lo, about 2^-70 relative, for finite x > 0.
 * x = 2^k * m with m in [sqrt(1/2), sqrt(2)); c = j/128 is the table point
 * nearest m, so with the tabulated 1/c (a rounded double) r = m/c - 1 is
 * at most 2^-7.5 and is formed exactly (two_prod, then Sterbenz);
 * log(x) = k log 2 - log(1/c) + log1p(r), and log1p's series needs terms
 * up to r^11.  Near x = 1, c = 1 and log(1/c) = 0: no cancellation.
 */
double __lstar_log_dd(double x, double *lo)
{
	uint64_t u = asuint64(x);
	int k = 0;
	if (u < 0x0010000000000000ULL) {	/* subnormal */
		u = asuint64(x * 0x1p54);
		k = -54;
	}
	k += (int)(u >> 52) - 0x3ff;
	double m = asdouble((u & MANT64) | 0x3ff0000000000000ULL);
	if (m > 0x1.6a09e667f3bcdp+0) {
		m *= 0.5;
		k++;
	}
	const double *t = __lstar_log_tab[(int)(m * 128 + 0.5) - 91];

	double pl, ph = two_prod(m, t[0], &pl);
	double rl, r = two_sum(ph - 1, pl, &rl);

	double r2l, r2 = two_prod(r, r, &r2l);
	double hl, h = fast_two_sum(r, -0.5 * r2, &hl);
	double p = r * r2 * (1.0 / 3 - r * (1.0 / 4 - r * (1.0 / 5 - r * (1.0 / 6
		- r * (1.0 / 7 - r * (1.0 / 8 - r * (1.0 / 9 - r * (1.0 / 10
		- r * (1.0 / 11)))))))));
	/* log1p(r + rl) = log1p(r) + rl/(1 + r) to well below 2^-100 */
	double tail = hl - 0.5 * r2l + p + (rl - rl * r);

	double ae, a = two_sum(k * LN2_HI, t[1], &ae);
	double be, b = two_sum(a, h, &be);
	return fast_two_sum(b, ae + be + (k * LN2_LO + t[2]) + tail, lo);
}
