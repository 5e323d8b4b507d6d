#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

float strtof(const char *restrict s, char **restrict end)
{
	static const struct float_format fmt = { 24, -126, 127 };
	struct float_result r;
	uint32_t bits;
	float f;
	__lstar_floatscan(s, end, &fmt, &r);
	switch (r.kind) {
	case FS_FINITE:
		bits = r.mant >> 23 ? (uint32_t)(r.exp + 127) << 23 | (uint32_t)(r.mant & 0x7fffff) : (uint32_t)r.mant;
		break;
	case FS_INF:
		bits = 0xffu << 23;
		break;
	case FS_NAN:
		bits = 0x1ffu << 22 | (uint32_t)r.mant;
		break;
	default:
		bits = 0;
	}
	bits |= (uint32_t)r.neg << 31;
	memcpy(&f, &bits, sizeof f);
	return f;
}
