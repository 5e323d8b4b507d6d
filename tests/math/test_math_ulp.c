/* The approximated <math.h> functions: the error of each lstar result is
 * measured in ulps against a reference that is far more precise than a
 * double (glibc's long double function; for the float functions glibc's
 * double one), on special values and seeded random inputs.  A result must
 * be within 1 ulp; zero, infinite and NaN results, and errno, must be
 * exactly glibc's.  The table printed gives each function's maximum error,
 * and the largest distance from glibc's own double result. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <errno.h>
#include <math.h>
#include <cmocka.h>
#include "math_api.h"
#include "math_test.h"

#define NRANDOM 200000
#define BOUND 1.0

struct stats {
	const char *name;
	unsigned long n, bad, errno_bad;
	double max_err, worst_x, worst_y;
	double max_glibc;	/* in whole ulps */
};

static unsigned long failed;

static void report(struct stats *s, const char *fmt, ...)
{
	va_list ap;
	if (s->bad + s->errno_bad > 4)
		return;
	printf("  %s: ", s->name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static void summary(struct stats *s)
{
	printf("%-8s %8lu inputs  max error %.3f ulp (at %a", s->name, s->n,
	       s->max_err, s->worst_x);
	if (s->worst_y == s->worst_y && s->worst_y != 0)
		printf(", %a", s->worst_y);
	printf(")  max |lstar - glibc| %.0f ulp%s\n", s->max_glibc,
	       s->bad || s->errno_bad ? "  FAIL" : "");
	failed += s->bad || s->errno_bad;
}

static long double ulp_of(long double ref, int mant, int emin)
{
	int e;
	frexpl(ref, &e);
	e -= mant;
	if (e < emin)
		e = emin;
	return ldexpl(1, e);
}

/* One double result: got (lstar), gl (glibc double), ref (long double). */
static void score(struct stats *s, double x, double y, double got, int got_errno,
		  double gl, int gl_errno, long double ref)
{
	s->n++;
	if (got_errno != gl_errno) {
		report(s, "(%a, %a): %a errno %d, glibc %a errno %d", x, y, got,
		       got_errno, gl, gl_errno);
		s->errno_bad++;
	}
	double rd = (double)ref;
	if (!isfinite(got) || !isfinite(rd) || !isfinite(gl) || got == 0 || rd == 0 || gl == 0) {
		if (!same_bits(got, gl)) {
			report(s, "(%a, %a): %a, glibc %a", x, y, got, gl);
			s->bad++;
		}
		return;
	}
	double err = (double)(fabsl((long double)got - ref) / ulp_of(ref, 53, -1074));
	double dg = (double)(fabsl((long double)got - gl) / ulp_of(gl, 53, -1074));
	if (dg > s->max_glibc)
		s->max_glibc = dg;
	if (err > s->max_err) {
		s->max_err = err;
		s->worst_x = x;
		s->worst_y = y;
	}
	if (err > BOUND) {
		report(s, "(%a, %a): %a, error %.3f ulp (glibc %a)", x, y, got, err, gl);
		s->bad++;
	}
}

static void scoref(struct stats *s, float x, float y, float got, int got_errno,
		   float gl, int gl_errno, double ref)
{
	s->n++;
	if (got_errno != gl_errno) {
		report(s, "(%a, %a): %a errno %d, glibc %a errno %d", x, y, got,
		       got_errno, gl, gl_errno);
		s->errno_bad++;
	}
	float rf = (float)ref;
	if (!isfinite(got) || !isfinite(rf) || !isfinite(gl) || got == 0 || rf == 0 || gl == 0) {
		if (!same_bitsf(got, gl)) {
			report(s, "(%a, %a): %a, glibc %a", x, y, got, gl);
			s->bad++;
		}
		return;
	}
	double err = (double)(fabsl((long double)got - ref) / ulp_of(ref, 24, -149));
	double dg = (double)(fabsl((long double)got - gl) / ulp_of(gl, 24, -149));
	if (dg > s->max_glibc)
		s->max_glibc = dg;
	if (err > s->max_err) {
		s->max_err = err;
		s->worst_x = x;
		s->worst_y = y;
	}
	if (err > BOUND) {
		report(s, "(%a, %a): %a, error %.3f ulp (glibc %a)", x, y, got, err, gl);
		s->bad++;
	}
}

/* ------------------------------------------------------------ unary */
struct unary {
	const char *name;
	double (*l)(double), (*g)(double);
	long double (*ref)(long double);
	float (*lf)(float), (*gf)(float);
	double (*gen)(int i);
};

static double gen_exp(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(-1, 1);
	case 1: return rnd_range(-746, 710);
	case 2: return rnd_exp(-60, 3, 1);
	default: return rnd_range(-110, 90);	/* float's range */
	}
}

static double gen_pos(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(0, 4);
	case 1: return rnd_exp(-1074, 1024, 0);
	case 2: return 1 + rnd_range(-0x1p-20, 0x1p-20);
	default: return rnd_range(0.5, 2);
	}
}

static double gen_log1p(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(-1, 1);
	case 1: return rnd_exp(-1074, 1024, 0);
	case 2: return rnd_exp(-60, 0, 1);
	default: return rnd_range(-0.4, 0.4);
	}
}

static double gen_any(int i)
{
	switch (i % 3) {
	case 0: return rnd_range(-10, 10);
	case 1: return rnd_exp(-1074, 1024, 1);
	default: return rnd_bits();
	}
}

static double gen_trig(int i)
{
	switch (i % 5) {
	case 0: return rnd_range(-10, 10);
	case 1: return rnd_exp(-30, 1024, 1);
	case 2: return rnd_range(-2e6, 2e6);
	case 3:	/* near multiples of pi/2 */
		return (double)((int64_t)(rnd64() % 2000000) - 1000000) * 1.5707963267948966
		       * (1 + rnd_range(-0x1p-40, 0x1p-40));
	default: return rnd_exp(-30, 3, 1);
	}
}

static double gen_unit(int i)
{
	switch (i % 3) {
	case 0: return rnd_range(-1, 1);
	case 1: return rnd_exp(-60, 0, 1);
	default: return (rnd64() & 1 ? 1 : -1) * (1 - rnd_exp(-53, -1, 0));
	}
}

static double gen_hyp(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(-720, 720);
	case 1: return rnd_range(-2, 2);
	case 2: return rnd_exp(-60, 3, 1);
	default: return rnd_range(-95, 95);
	}
}

static double gen_erf(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(-3, 3);
	case 1: return rnd_range(-7, 30);
	case 2: return rnd_exp(-60, 2, 1);
	default: return rnd_range(1.5, 2.5);
	}
}

static double gen_gamma(int i)
{
	switch (i % 5) {
	case 0: return rnd_range(0, 12);
	case 1: return rnd_range(-200, 180);
	case 2: return rnd_range(-12, 0);
	case 3: return rnd_exp(-60, 0, 1);
	default: return (double)((int64_t)(rnd64() % 60) - 30) + rnd_range(-0x1p-20, 0x1p-20);
	}
}

/* lgamma's ulp bound holds for x > 0; the negative axis has its own test */
static double gen_lgamma(int i)
{
	switch (i % 4) {
	case 0: return rnd_range(0, 12);
	case 1: return rnd_exp(-1074, 1024, 0);
	case 2: return rnd_range(0.5, 2.5);
	default: return 1 + (rnd64() & 1) + rnd_exp(-60, -2, 1);
	}
}

static double gen_acosh(int i)
{
	switch (i % 3) {
	case 0: return 1 + rnd_exp(-60, 4, 0);
	case 1: return rnd_exp(0, 1024, 0);
	default: return rnd_range(0.5, 30);
	}
}

static const struct unary unaries[] = {
	{ "exp", lstar_exp, exp, expl, lstar_expf, expf, gen_exp },
	{ "exp2", lstar_exp2, exp2, exp2l, lstar_exp2f, exp2f, gen_exp },
	{ "expm1", lstar_expm1, expm1, expm1l, lstar_expm1f, expm1f, gen_exp },
	{ "log", lstar_log, log, logl, lstar_logf, logf, gen_pos },
	{ "log2", lstar_log2, log2, log2l, lstar_log2f, log2f, gen_pos },
	{ "log10", lstar_log10, log10, log10l, lstar_log10f, log10f, gen_pos },
	{ "log1p", lstar_log1p, log1p, log1pl, lstar_log1pf, log1pf, gen_log1p },
	{ "cbrt", lstar_cbrt, cbrt, cbrtl, lstar_cbrtf, cbrtf, gen_any },
	{ "sin", lstar_sin, sin, sinl, lstar_sinf, sinf, gen_trig },
	{ "cos", lstar_cos, cos, cosl, lstar_cosf, cosf, gen_trig },
	{ "tan", lstar_tan, tan, tanl, lstar_tanf, tanf, gen_trig },
	{ "asin", lstar_asin, asin, asinl, lstar_asinf, asinf, gen_unit },
	{ "acos", lstar_acos, acos, acosl, lstar_acosf, acosf, gen_unit },
	{ "atan", lstar_atan, atan, atanl, lstar_atanf, atanf, gen_any },
	{ "sinh", lstar_sinh, sinh, sinhl, lstar_sinhf, sinhf, gen_hyp },
	{ "cosh", lstar_cosh, cosh, coshl, lstar_coshf, coshf, gen_hyp },
	{ "tanh", lstar_tanh, tanh, tanhl, lstar_tanhf, tanhf, gen_hyp },
	{ "asinh", lstar_asinh, asinh, asinhl, lstar_asinhf, asinhf, gen_any },
	{ "acosh", lstar_acosh, acosh, acoshl, lstar_acoshf, acoshf, gen_acosh },
	{ "atanh", lstar_atanh, atanh, atanhl, lstar_atanhf, atanhf, gen_unit },
	{ "erf", lstar_erf, erf, erfl, lstar_erff, erff, gen_erf },
	{ "erfc", lstar_erfc, erfc, erfcl, lstar_erfcf, erfcf, gen_erf },
	{ "tgamma", lstar_tgamma, tgamma, tgammal, lstar_tgammaf, tgammaf, gen_gamma },
	{ "lgamma", lstar_lgamma, lgamma, lgammal, lstar_lgammaf, lgammaf, gen_lgamma },
};

static void run_unary(const struct unary *f)
{
	struct stats s = { .name = f->name }, sf = { .name = NULL };
	char fname[16];
	snprintf(fname, sizeof fname, "%sf", f->name);
	sf.name = fname;
	for (int i = 0; i < (int)NSPECIALS + NRANDOM; i++) {
		double x = i < (int)NSPECIALS ? specials[i] : f->gen(i);
		errno = 0;
		lstar_errno = 0;
		double got = f->l(x);
		int ge = lstar_errno;
		double gl = f->g(x);
		int gle = errno;
		score(&s, x, NAN, got, ge, gl, gle, f->ref(x));
		if (i % 2)
			continue;
		float xf = (float)x;
		errno = 0;
		lstar_errno = 0;
		float gotf = f->lf(xf);
		ge = lstar_errno;
		float glf = f->gf(xf);
		gle = errno;
		scoref(&sf, xf, NAN, gotf, ge, glf, gle, f->g(xf));
	}
	summary(&s);
	summary(&sf);
}

/* ----------------------------------------------------------- binary */
struct binary {
	const char *name;
	double (*l)(double, double), (*g)(double, double);
	long double (*ref)(long double, long double);
	float (*lf)(float, float), (*gf)(float, float);
	void (*gen)(int i, double *x, double *y);
};

static void gen_pow(int i, double *x, double *y)
{
	switch (i % 6) {
	case 0:
		*x = rnd_range(0, 10);
		*y = rnd_range(-20, 20);
		break;
	case 1:
		*x = rnd_exp(-1074, 1024, 0);
		*y = rnd_range(-2, 2);
		break;
	case 2:	/* near 1, large exponents */
		*x = 1 + rnd_range(-0x1p-10, 0x1p-10);
		*y = rnd_exp(0, 50, 1);
		break;
	case 3:	/* negative bases, integer exponents */
		*x = -rnd_range(0, 20);
		*y = (double)((int64_t)(rnd64() % 400) - 200);
		break;
	case 4:	/* results near the ends of the range */
		*x = rnd_range(1.5, 3);
		*y = (rnd64() & 1 ? 1 : -1) * rnd_range(600, 1100);
		break;
	default:
		*x = rnd_bits();
		*y = rnd_bits();
		break;
	}
}

static void gen_hypot(int i, double *x, double *y)
{
	switch (i % 3) {
	case 0:
		*x = rnd_range(-10, 10);
		*y = rnd_range(-10, 10);
		break;
	case 1:
		*x = rnd_exp(-1074, 1024, 1);
		*y = rnd_exp(-1074, 1024, 1);
		break;
	default:
		*x = rnd_exp(-1074, 1024, 1);
		*y = *x * rnd_range(-3, 3);
		break;
	}
}

static void gen_atan2(int i, double *x, double *y)
{
	switch (i % 3) {
	case 0:
		*x = rnd_range(-10, 10);
		*y = rnd_range(-10, 10);
		break;
	case 1:
		*x = rnd_exp(-1074, 1024, 1);
		*y = rnd_exp(-1074, 1024, 1);
		break;
	default:
		*x = rnd_exp(-70, 70, 1);
		*y = *x * rnd_exp(-70, 70, 1);
		break;
	}
}

static const struct binary binaries[] = {
	{ "atan2", lstar_atan2, atan2, atan2l, lstar_atan2f, atan2f, gen_atan2 },
	{ "pow", lstar_pow, pow, powl, lstar_powf, powf, gen_pow },
	{ "hypot", lstar_hypot, hypot, hypotl, lstar_hypotf, hypotf, gen_hypot },
};

static void run_binary(const struct binary *f)
{
	struct stats s = { .name = f->name }, sf = { .name = NULL };
	char fname[16];
	snprintf(fname, sizeof fname, "%sf", f->name);
	sf.name = fname;
	int n = (int)(NSPECIALS * NSPECIALS);
	for (int i = 0; i < n + NRANDOM; i++) {
		double x, y;
		if (i < n) {
			x = specials[i / NSPECIALS];
			y = specials[i % NSPECIALS];
		} else {
			f->gen(i, &x, &y);
		}
		errno = 0;
		lstar_errno = 0;
		double got = f->l(x, y);
		int ge = lstar_errno;
		double gl = f->g(x, y);
		int gle = errno;
		score(&s, x, y, got, ge, gl, gle, f->ref(x, y));
		float xf = (float)x, yf = (float)y;
		errno = 0;
		lstar_errno = 0;
		float gotf = f->lf(xf, yf);
		ge = lstar_errno;
		float glf = f->gf(xf, yf);
		gle = errno;
		scoref(&sf, xf, yf, gotf, ge, glf, gle, f->g(xf, yf));
	}
	summary(&s);
	summary(&sf);
}

static void test_all(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof unaries / sizeof unaries[0]; k++)
		run_unary(&unaries[k]);
	for (size_t k = 0; k < sizeof binaries / sizeof binaries[0]; k++)
		run_binary(&binaries[k]);
	unsigned long f = failed;
	failed = 0;
	assert_int_equal(f, 0);
}

/* lgamma for x < 0 is log pi - log|sin(pi x)| - log Gamma(1 - x); near
 * the zeros of log|Gamma| there the terms cancel and what is left is their
 * absolute error.  Bound: 2^-56 absolute, or 1 ulp where that is larger;
 * the sign (signgam) must be glibc's. */
static void test_lgamma_negative(void **state)
{
	(void)state;
	double worst = 0, worst_x = 0, worst_ulp = 0, worst_f = 0;
	unsigned long bad = 0;
	for (int i = 0; i < NRANDOM; i++) {
		double x = i % 2 ? rnd_range(-30, 0) : -rnd_exp(-60, 60, 0);
		if (x == rint(x))
			continue;
		double got = lstar_lgamma(x);
		int sa = lstar_signgam;
		long double ref = lgammal(x);
		int sb = signgam;
		double err = (double)fabsl((long double)got - ref);
		double ulps = err / (double)ulp_of(ref, 53, -1074);
		if (fabsl(ref) <= 1 && err > worst) {
			worst = err;
			worst_x = x;
		}
		if (ulps > worst_ulp)
			worst_ulp = ulps;
		if ((err > 0x1p-56 && ulps > 1) || sa != sb) {
			if (bad++ < 4)
				printf("  lgamma(%a) = %a, reference %La, sign %d/%d\n", x, got, ref, sa, sb);
		}
		float xf = (float)x;
		if (xf == rintf(xf))
			continue;
		float gf = lstar_lgammaf(xf);
		double rf = lgamma(xf);
		double ef = (double)(fabsl((long double)gf - rf) / ulp_of(rf, 24, -149));
		if (ef > worst_f)
			worst_f = ef;
		if (ef > BOUND && bad++ < 4)
			printf("  lgammaf(%a) = %a, reference %a\n", xf, gf, rf);
	}
	printf("lgamma x<0 %d inputs  max absolute error %a where |result| <= 1 (at %a),"
	       " max %.1f ulp; lgammaf x<0 max %.3f ulp\n",
	       NRANDOM, worst, worst_x, worst_ulp, worst_f);
	assert_int_equal(bad, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all),
		cmocka_unit_test(test_lgamma_negative),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
