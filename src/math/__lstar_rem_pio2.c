#include "libm.h"

extern const uint32_t __lstar_two_over_pi[60] __hidden;

/* pi/2 in four pieces: the first three have 33 bits, so n * piece is
 * exact for n < 2^20; together they carry 152 bits. */
#define P1 0x1.921fb544p+0
#define P2 0x1.0b4611a6p-34
#define P3 0x1.3198a2ep-69
#define P4 0x1.b839a252049c1p-104
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

/* Bits pos .. pos+63 of the binary expansion of 2/pi (bit 0 has weight
 * 1/2), from the table's 24-bit entries. */
static uint64_t bits64(int pos)
{
	const uint32_t *c = __lstar_two_over_pi + pos / 24;
	unsigned __int128 acc = (unsigned __int128)c[0] << 72 | (unsigned __int128)c[1] << 48
		| (uint64_t)c[2] << 24 | c[3];
	return (uint64_t)(acc >> (32 - pos % 24));
}

/*
 * Payne-Hanek for |x| >= 2^20: x = m 2^e with m a 53-bit integer.  Bits of
 * 2/pi whose product with m 2^e is a multiple of 4 do not change the
 * quadrant or the fraction, so the product starts at bit s = e - 2 of 2/pi
 * and uses 192 of them: m * F is exact in 256 bits, with two bits of
 * quadrant and at least 126 bits of fraction that the truncated tail of
 * 2/pi (below 2^-137) cannot disturb.
 */
static int rem_large(double ax, double *hi, double *lo)
{
	uint64_t u = asuint64(ax);
	int e = (int)(u >> 52) - 0x3ff - 52;
	uint64_t m = (u & MANT64) | 1ULL << 52;
	int s = e > 2 ? e - 2 : 0;
	uint64_t f2 = bits64(s), f1 = bits64(s + 64), f0 = bits64(s + 128);

	unsigned __int128 t = (unsigned __int128)m * f0;	/* only its carry matters */
	t = (t >> 64) + (unsigned __int128)m * f1;
	uint64_t p1 = (uint64_t)t;
	t = (t >> 64) + (unsigned __int128)m * f2;
	uint64_t p2 = (uint64_t)t, p3 = (uint64_t)(t >> 64);

	/* the value is P * 2^-q, q = 192 + s - e; take the 128 bits whose
	 * top two are the units bits of the quotient */
	int sh = 192 + s - e - 126 - 64;	/* 0 .. 34, within p2:p1 and p3:p2 */
	uint64_t whi = sh ? p3 << (64 - sh) | p2 >> sh : p2;
	uint64_t wlo = sh ? p2 << (64 - sh) | p1 >> sh : p1;
	int n = (int)(whi >> 62);
	/* fraction in [0, 1) as a signed 126-bit fixed point, rounded to
	 * the nearest quadrant so that it lies in [-1/2, 1/2] */
	__int128 frac = (__int128)((unsigned __int128)(whi & (~0ULL >> 2)) << 64 | wlo);
	if (frac >> 125) {
		frac -= (__int128)1 << 126;
		n++;
	}
	int neg = frac < 0;
	unsigned __int128 a = neg ? (unsigned __int128)-frac : (unsigned __int128)frac;
	if (!a) {
		*hi = *lo = 0;
		return n & 3;
	}
	uint64_t ah = (uint64_t)(a >> 64), al = (uint64_t)a;
	int lz = ah ? __builtin_clzll(ah) : 64 + __builtin_clzll(al);
	a <<= lz;	/* the fraction is now a * 2^(-126 - lz) */
	double dh = (double)(uint64_t)(a >> 75);	/* top 53 bits, exact */
	double dl = (double)(uint64_t)(a >> 11);	/* next 64, rounded */
	double fl, fh = fast_two_sum(dh * asdouble((uint64_t)(0x3ff - 51 - lz) << 52),
				     dl * asdouble((uint64_t)(0x3ff - 115 - lz) << 52), &fl);
	*hi = dd_mul(fh, fl, PIO2_HI, PIO2_LO, lo);
	if (neg) {
		*hi = -*hi;
		*lo = -*lo;
	}
	return n;
}

int __lstar_rem_pio2(double x, double *hi, double *lo)
{
	double ax = __builtin_fabs(x);
	int n;
	if (ax < 0x1p20) {
		double nd = (ax * 0x1.45f306dc9c883p-1 + 0x1.8p52) - 0x1.8p52;
		n = (int)nd;
		double r = ax - nd * P1;	/* exact */
		double l1, h = two_sum(r, -nd * P2, &l1);
		double l2;
		h = two_sum(h, -nd * P3, &l2);
		*hi = fast_two_sum(h, l1 + l2 - nd * P4, lo);
	} else {
		n = rem_large(ax, hi, lo);
	}
	if (x < 0) {
		*hi = -*hi;
		*lo = -*lo;
		n = -n;
	}
	return n & 3;
}
