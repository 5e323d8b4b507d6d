/* Internal helpers for src/math: bit access, error reporting and
 * double-double arithmetic (a value carried as an unevaluated sum hi + lo,
 * |lo| <= ulp(hi)/2), which is how the transcendental functions keep the
 * few extra bits that make their results round to within an ulp without
 * needing FMA (baseline x86_64 has none). */
#ifndef LSTAR_INTERNAL_LIBM_H
#define LSTAR_INTERNAL_LIBM_H

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include "libc.h"
#include "math_arch.h"

#define SIGN64 0x8000000000000000ULL
#define EXP64  0x7ff0000000000000ULL
#define MANT64 0x000fffffffffffffULL

static inline uint64_t asuint64(double x)
{
	union { double f; uint64_t i; } u = { x };
	return u.i;
}

static inline double asdouble(uint64_t i)
{
	union { uint64_t i; double f; } u = { i };
	return u.f;
}

static inline uint32_t asuint(float x)
{
	union { float f; uint32_t i; } u = { x };
	return u.i;
}

static inline float asfloat(uint32_t i)
{
	union { uint32_t i; float f; } u = { i };
	return u.f;
}

static inline int __lstar_issignaling(double x)
{
	uint64_t u = asuint64(x) & ~SIGN64;
	return u > EXP64 && !(u & 0x0008000000000000ULL);
}

/* math_errhandling has MATH_ERRNO, as glibc's: errors set errno too. */
static inline double __lstar_edom(double r)
{
	errno = EDOM;
	return r;
}

static inline double __lstar_erange(double r)
{
	errno = ERANGE;
	return r;
}

/* Evaluate x at run time, for the exception it raises. */
static inline void __lstar_force_eval(double x)
{
	volatile double v = x;
	(void)v;
}

/* hi + lo == a + b exactly (Knuth's TwoSum: any magnitudes). */
static inline double two_sum(double a, double b, double *lo)
{
	double s = a + b, bb = s - a;
	*lo = (a - (s - bb)) + (b - bb);
	return s;
}

/* The same when |a| >= |b| or a == 0 (Dekker's FastTwoSum). */
static inline double fast_two_sum(double a, double b, double *lo)
{
	double s = a + b;
	*lo = b - (s - a);
	return s;
}

/* hi + lo == a * b exactly, by Dekker's splitting (no FMA); valid while
 * the operands are below 2^995 and the product is not subnormal. */
static inline double two_prod(double a, double b, double *lo)
{
	const double split = 0x1p27 + 1;
	double p = a * b;
	double ca = split * a, ah = ca - (ca - a), al = a - ah;
	double cb = split * b, bh = cb - (cb - b), bl = b - bh;
	*lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
	return p;
}

/* (ah + al) * (bh + bl), to about 2^-102 relative. */
static inline double dd_mul(double ah, double al, double bh, double bl, double *lo)
{
	double e, p = two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	return fast_two_sum(p, e, lo);
}

/* (ah + al) + (bh + bl), to about 2^-102 relative when no cancellation
 * loses more than the low parts carry. */
static inline double dd_add(double ah, double al, double bh, double bl, double *lo)
{
	double e, s = two_sum(ah, bh, &e);
	e += al + bl;
	return fast_two_sum(s, e, lo);
}

/* (ah + al) / (bh + bl), to about 2^-100 relative. */
static inline double dd_div(double ah, double al, double bh, double bl, double *lo)
{
	double q = ah / bh, e;
	/* remainder (a - q*b) is computed almost exactly, then divided */
	double p = two_prod(q, bh, &e);
	double r = ((ah - p) - e + al - q * bl) / bh;
	return fast_two_sum(q, r, lo);
}

/* sqrt(ah + al) for a > 0: one Newton correction of the rounded root. */
static inline double dd_sqrt(double ah, double al, double *lo)
{
	double s = __lstar_sqrt(ah), e;
	double p = two_prod(s, s, &e);
	double c = ((ah - p) - e + al) / (2 * s);
	return fast_two_sum(s, c, lo);
}

/* Hidden cores shared by several public functions. */
/* floor (up 0) and ceil (up 1): clearing the fraction bits truncates; a
 * value with a fraction on the side away from the rounding direction first
 * gets the mask added, which carries into the integer part. */
static inline double __lstar_floor_ceil(double x, int up)
{
	uint64_t u = asuint64(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;
	if (e >= 52)
		return e == 0x400 ? x + x : x;	/* NaN quieted */
	if (e < 0) {
		if (!(u << 1))
			return x;
		return u >> 63 ? (up ? -0.0 : -1.0) : (up ? 1.0 : 0.0);
	}
	uint64_t m = MANT64 >> e;
	if (!(u & m))
		return x;
	if ((int)(u >> 63) != up)
		u += m;
	return asdouble(u & ~m);
}

double __lstar_log_dd(double x, double *lo) __hidden;

/* log, log2 and log10 outside the positive finite doubles (u is x's bits,
 * and u - 1 >= 0x7fefffffffffffff there): the pole at zero (-inf,
 * ERANGE), +inf and NaN as they are, negatives a domain error (NaN,
 * EDOM). */
static inline int __lstar_log_outside(uint64_t u)
{
	return u - 0x0000000000000001ULL >= 0x7fefffffffffffffULL;
}

static inline double __lstar_log_special(double x)
{
	uint64_t u = asuint64(x);
	if (!(u << 1))
		return __lstar_erange(-1 / (x * x));
	if (u == EXP64 || isnan(x))
		return x + x;
	return __lstar_edom((x - x) / (x - x));
}
double __lstar_exp_dd(double xh, double xl, int *k, double *lo) __hidden;
double __lstar_exp_scale(double hi, double lo, int k) __hidden;
double __lstar_expm1_dd(double x, double *lo) __hidden;
double __lstar_atan_dd(double xh, double xl, double *lo) __hidden;
double __lstar_erf_dd(double x, double *lo) __hidden;
double __lstar_lgamma_dd(double xh, double xl, double *lo) __hidden;
double __lstar_sinpi_dd(double x, double *lo) __hidden;
double __lstar_erfc_dd(double x, int *k, double *lo) __hidden;
int __lstar_rem_pio2(double x, double *hi, double *lo) __hidden;
double __lstar_sin_dd(double xh, double xl, double *lo) __hidden;
double __lstar_cos_dd(double xh, double xl, double *lo) __hidden;

#endif
