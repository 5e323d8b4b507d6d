/* The decimal/hexadecimal to binary converter behind strtof, strtod and
 * strtold (src/stdlib/floatscan.c). */
#ifndef LSTAR_FLOATSCAN_H
#define LSTAR_FLOATSCAN_H
#include <stdint.h>
#include "libc.h"

/* A binary format: P significant bits (with the leading one), normal
 * exponents emin..emax (value 1.f * 2^e). */
struct float_format { int p, emin, emax; };

enum { FS_ZERO, FS_FINITE, FS_INF, FS_NAN };

struct float_result {
	int kind, neg;
	/* FS_FINITE: value = mant * 2^(exp - p + 1); subnormal iff mant has
	 * fewer than p bits (then exp == emin).  FS_NAN: payload bits. */
	uint64_t mant;
	int exp;
};

/* Parses like strtod (C11 7.22.1.3), rounds to nearest-even in fmt, and
 * sets errno to ERANGE on overflow and on a tiny inexact result. */
void __lstar_floatscan(const char *s, char **end, const struct float_format *fmt,
	struct float_result *r) __hidden;
#endif
