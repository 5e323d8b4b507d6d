#include "libm.h"

/* fmod.c's long division, keeping the low quotient bits, then one step to
 * the nearest multiple (ties to the even quotient).  *quo gets the low 3
 * bits of the truncated quotient plus the rounding step, with the sign of
 * x/y: glibc's values (8 when the step carries out of three bits). */
double remquo(double x, double y, int *quo)
{
	uint64_t ux = asuint64(x), uy = asuint64(y);
	int neg = (ux ^ uy) >> 63;
	uint64_t sx = ux & SIGN64;
	ux &= ~SIGN64;
	uy &= ~SIGN64;
	*quo = 0;
	if (ux > EXP64 || uy > EXP64)
		return x + y;
	if (ux == EXP64 || uy == 0)	/* glibc's remquo sets no errno */
		return (x * y) / (x * y);

	int ex = (int)(ux >> 52), ey = (int)(uy >> 52);
	uint64_t mx, my;
	uint32_t q = 0;
	if (ex) {
		mx = (ux & MANT64) | (1ULL << 52);
	} else if (ux) {
		int sh = __builtin_clzll(ux) - 11;
		mx = ux << sh;
		ex = 1 - sh;
	} else {
		mx = 0;
	}
	if (ey) {
		my = (uy & MANT64) | (1ULL << 52);
	} else {
		int sh = __builtin_clzll(uy) - 11;
		my = uy << sh;
		ey = 1 - sh;
	}
	double r;
	if (ex < ey || !mx) {
		r = asdouble(ux);	/* |x| < |y|: quotient 0 so far */
	} else {
		for (; ex > ey; ex--) {
			q <<= 1;
			if (mx >= my) {
				mx -= my;
				q++;
			}
			mx <<= 1;
		}
		q <<= 1;
		if (mx >= my) {
			mx -= my;
			q++;
		}
		if (!mx) {
			r = 0;
		} else {
			int sh = __builtin_clzll(mx) - 11;
			mx <<= sh;
			ex -= sh;
			r = ex > 0 ? asdouble((uint64_t)ex << 52 | (mx & MANT64))
				   : asdouble(mx >> (1 - ex));
		}
	}
	/* r in [0, |y|): go to the nearer multiple; near |y|/2 the
	 * subtraction is exact (Sterbenz), so the tie test is exact */
	double ay = asdouble(uy), d = ay - r;
	q &= 7;
	if (r > d || (r == d && (q & 1))) {
		r = -d;
		q++;
	}
	*quo = neg ? -(int)q : (int)q;
	return sx ? -r : r;
}
