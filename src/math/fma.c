#include "libm.h"

typedef unsigned __int128 u128;

/* v >> n, with every bit shifted out folded into bit 0 (sticky). */
static u128 shr_sticky(u128 v, int n)
{
	if (n >= 128)
		return v != 0;
	return v >> n | ((v & (((u128)1 << n) - 1)) != 0);
}

static int top_bit(u128 v)
{
	uint64_t h = (uint64_t)(v >> 64);
	return h ? 127 - __builtin_clzll(h) : 63 - __builtin_clzll((uint64_t)v);
}

/* |v| = m * 2^e with m an integer (the implicit bit included). */
static uint64_t split(double v, int *e)
{
	uint64_t u = asuint64(v) & ~SIGN64;
	int be = (int)(u >> 52);
	*e = be ? be - 1075 : -1074;
	return be ? (u & MANT64) | 1ULL << 52 : u;
}

/*
 * x*y + z rounded once.  The 106-bit product and z are placed in a 128-bit
 * frame whose bit 125 is the larger one's leading bit; the other is shifted
 * right with a sticky bit, which can only happen when it is far enough
 * below that cancellation cannot reach the rounding position.  The sum is
 * then rounded to nearest-even at bit 53 below its leading bit, or at
 * 2^-1074 for a subnormal result.
 */
double fma(double x, double y, double z)
{
	if (!isfinite(x) || !isfinite(y))
		return x * y + z;	/* NaN, or inf (+-inf - inf is NaN) */
	if (!isfinite(z))
		return z + z;	/* finite x*y does not change inf; NaN */
	if (x == 0 || y == 0)
		return x * y + z;	/* exact */
	if (z == 0)
		return x * y;	/* one rounding; a zero keeps the product's sign */

	int ex, ey, ez;
	uint64_t mx = split(x, &ex), my = split(y, &ey), mz = split(z, &ez);
	u128 p = (u128)mx * my;
	int ep = ex + ey;
	int tp = ep + top_bit(p), tz = ez + top_bit(mz);
	int frame = (tp > tz ? tp : tz) - 125;
	int sa = ep - frame, sb = ez - frame;
	u128 a = sa >= 0 ? p << sa : shr_sticky(p, -sa);
	u128 b = sb >= 0 ? (u128)mz << sb : shr_sticky(mz, -sb);

	int neg = (int)((asuint64(x) ^ asuint64(y)) >> 63);
	int zneg = (int)(asuint64(z) >> 63);
	u128 s;
	if (neg == zneg) {
		s = a + b;
	} else if (a >= b) {
		s = a - b;
	} else {
		s = b - a;
		neg = zneg;
	}
	if (!s)
		return 0;	/* exact cancellation: +0 in round-to-nearest */

	int t = top_bit(s);
	int lsb = t - 52;
	if (lsb < -1074 - frame)
		lsb = -1074 - frame;	/* subnormal: the grid is 2^-1074 */
	uint64_t m;
	if (lsb <= 0) {
		m = (uint64_t)(s << -lsb);	/* exact */
	} else {
		m = (uint64_t)(s >> lsb);
		u128 rem = s & (((u128)1 << lsb) - 1), half = (u128)1 << (lsb - 1);
		if (rem > half || (rem == half && (m & 1)))
			m++;
	}
	int e = lsb + frame;	/* value = m * 2^e, m <= 2^53 */
	if (m >> 53) {
		m >>= 1;
		e++;
	}
	uint64_t sign = neg ? SIGN64 : 0;
	if (!(m >> 52))	/* subnormal (e == -1074) */
		return asdouble(sign | m);
	if (e + 1075 >= 0x7ff)
		return asdouble(sign) + (neg ? -0x1p1023 : 0x1p1023) * 2;	/* overflow: inf */
	return asdouble(sign | (uint64_t)(e + 1075) << 52 | (m & MANT64));
}
