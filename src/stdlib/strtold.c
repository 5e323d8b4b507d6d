#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

/* x87 extended: 64-bit significand with an explicit integer bit, then a
 * 15-bit biased exponent and the sign. */
long double strtold(const char *restrict s, char **restrict end)
{
	static const struct float_format fmt = { 64, -16382, 16383 };
	struct float_result r;
	uint64_t mant = 0;
	unsigned se = 0;
	long double x = 0;
	__lstar_floatscan(s, end, &fmt, &r);
	switch (r.kind) {
	case FS_FINITE:
		mant = r.mant;
		se = mant >> 63 ? (unsigned)(r.exp + 16383) : 0;
		break;
	case FS_INF:
		mant = 1ULL << 63;
		se = 0x7fff;
		break;
	case FS_NAN:
		mant = 3ULL << 62 | r.mant;
		se = 0x7fff;
		break;
	}
	se |= (unsigned)r.neg << 15;
	memcpy(&x, &mant, 8);
	memcpy((char *)&x + 8, &se, 2);
	return x;
}
