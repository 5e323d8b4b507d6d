#include "libm.h"

/* Exact by construction: the remainder is formed by binary long division
 * of the significands, one exponent step at a time, and never rounded. */
double fmod(double x, double y)
{
	uint64_t ux = asuint64(x), uy = asuint64(y);
	uint64_t sx = ux & SIGN64;
	ux &= ~SIGN64;
	uy &= ~SIGN64;
	if (ux > EXP64 || uy > EXP64)
		return x + y;
	if (ux == EXP64 || uy == 0)
		return __lstar_edom((x * y) / (x * y));
	if (ux < uy)
		return x;
	if (ux == uy)
		return asdouble(sx);

	/* value = m * 2^(e - 1075), m with its leading bit at 52 */
	int ex = (int)(ux >> 52), ey = (int)(uy >> 52);
	uint64_t mx, my;
	if (ex) {
		mx = (ux & MANT64) | (1ULL << 52);
	} else {
		int sh = __builtin_clzll(ux) - 11;
		mx = ux << sh;
		ex = 1 - sh;
	}
	if (ey) {
		my = (uy & MANT64) | (1ULL << 52);
	} else {
		int sh = __builtin_clzll(uy) - 11;
		my = uy << sh;
		ey = 1 - sh;
	}
	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (!mx)
		return asdouble(sx);
	int sh = __builtin_clzll(mx) - 11;
	mx <<= sh;
	ex -= sh;
	if (ex > 0)
		return asdouble(sx | (uint64_t)ex << 52 | (mx & MANT64));
	/* subnormal: the bits shifted out are zero (the remainder is a
	 * multiple of the smaller operand's ulp) */
	return asdouble(sx | mx >> (1 - ex));
}
