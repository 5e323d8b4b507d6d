/* The shared scanner behind strtol and friends (src/stdlib/strtoint.c). */
#ifndef LSTAR_STRTOINT_H
#define LSTAR_STRTOINT_H
#include "libc.h"

/* Signed: the result is clamped to [min, max] with ERANGE. */
long long __lstar_strtos(const char *s, char **end, int base,
	long long min, long long max) __hidden;
/* Unsigned: a leading '-' negates modulo 2^N; overflow gives max, ERANGE. */
unsigned long long __lstar_strtou(const char *s, char **end, int base,
	unsigned long long max) __hidden;
#endif
