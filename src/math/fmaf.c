#include "libm.h"

/*
 * The product of two floats is exact in double, so s + e = x*y + z
 * exactly (TwoSum) with s rounded once.  Rounding s to float could round
 * twice; that matters only when s is a boundary between two floats (its
 * neighbours round differently) and e != 0: then s is moved one double ulp
 * toward the exact value first.
 */
float fmaf(float x, float y, float z)
{
	double e, s = two_sum((double)x * y, z, &e);
	if (e != 0 && isfinite(s)) {
		uint64_t u = asuint64(s);
		if ((float)asdouble(u - 1) != (float)asdouble(u + 1))
			s = asdouble((e > 0) == (s > 0) ? u + 1 : u - 1);
	}
	return (float)s;
}
