#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

double strtod(const char *restrict s, char **restrict end)
{
	static const struct float_format fmt = { 53, -1022, 1023 };
	struct float_result r;
	uint64_t bits;
	double d;
	__lstar_floatscan(s, end, &fmt, &r);
	switch (r.kind) {
	case FS_FINITE:
		bits = r.mant >> 52 ? (uint64_t)(r.exp + 1023) << 52 | (r.mant & ((1ULL << 52) - 1)) : r.mant;
		break;
	case FS_INF:
		bits = 0x7ffULL << 52;
		break;
	case FS_NAN:
		bits = 0xfffULL << 51 | r.mant;
		break;
	default:
		bits = 0;
	}
	bits |= (uint64_t)r.neg << 63;
	memcpy(&d, &bits, sizeof d);
	return d;
}
