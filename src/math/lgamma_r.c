#include "libm.h"

int signgam;

#define LOGPI_HI 0x1.250d048e7a1bdp+0
#define LOGPI_LO 0x1.7abf2ad8d5088p-57

/* log Gamma(1 + e) = -gamma e + sum_{k>=2} (-1)^k zeta(k)/k e^k: the
 * coefficients of e^1 .. e^41 as double-doubles (mpmath) */
static const double near1[41][2] = {
	{ -0x1.2788cfc6fb619p-1, 0x1.6cb90701fbfabp-58 },
	{ 0x1.a51a6625307d3p-1, 0x1.1873d8912200cp-56 },
	{ -0x1.9a4d55beab2d7p-2, 0x1.4c26d1b465993p-59 },
	{ 0x1.151322ac7d848p-2, 0x1.b5f91211196e5p-57 },
	{ -0x1.a8b9c17aa6149p-3, -0x1.2e826a4fdae1ap-58 },
	{ 0x1.5b40cb100c306p-3, 0x1.4a79940f15696p-59 },
	{ -0x1.2703a1dcea3aep-3, -0x1.6307fd0794ac4p-57 },
	{ 0x1.010b36af86397p-3, -0x1.741a635b224a6p-59 },
	{ -0x1.c806706d57db4p-4, -0x1.56aa806fdd3eep-58 },
	{ 0x1.9a01e385d5f8fp-4, 0x1.813418f3768cdp-59 },
	{ -0x1.748c33114c6d6p-4, -0x1.ea57624080720p-61 },
	{ 0x1.556ad63243bc4p-4, 0x1.5de8580fae81dp-62 },
	{ -0x1.3b1d971fc5985p-4, 0x1.e58607e493dfdp-59 },
	{ 0x1.2496df8320c5fp-4, 0x1.cf4b4ae040be8p-58 },
	{ -0x1.11133476e7fe0p-4, -0x1.dc9a4ff396ee3p-59 },
	{ 0x1.00010064cdeb2p-4, 0x1.7879d0156affep-59 },
	{ -0x1.e1e2d311e8abdp-5, 0x1.8d2a110ce956bp-59 },
	{ 0x1.c71ce3a20b419p-5, -0x1.be9617d035b06p-59 },
	{ -0x1.af28a1b5688a0p-5, -0x1.74741e885fefbp-59 },
	{ 0x1.9999b3352d5bap-5, 0x1.4951b4c6be56dp-62 },
	{ -0x1.86186db77bfbfp-5, -0x1.6dedef1f58778p-59 },
	{ 0x1.745d1d1778df9p-5, 0x1.02b8fe0a898e7p-61 },
	{ -0x1.642c88591b66dp-5, 0x1.1074551cafc60p-59 },
	{ 0x1.555556aaafdcdp-5, 0x1.54a05fce04ef6p-59 },
	{ -0x1.47ae151eb9fb7p-5, -0x1.d038d4d4653c2p-59 },
	{ 0x1.3b13b189d925ep-5, 0x1.f4ad5a89f860cp-59 },
	{ -0x1.2f684c00002bcp-5, -0x1.055a3ba5e6a12p-59 },
	{ 0x1.24924936db7bcp-5, 0x1.f2631c34f2cbcp-59 },
	{ -0x1.1a7b961a7b9aap-5, 0x1.e116d2f11b9bcp-59 },
	{ 0x1.111111155556dp-5, -0x1.527ce242d7c8fp-59 },
	{ -0x1.08421086318cep-5, 0x1.1db4d8fcae8c6p-59 },
	{ 0x1.0000000100002p-5, 0x1.b8fd913d3546ap-59 },
	{ -0x1.f07c1f08ba2eap-6, -0x1.31bb2e9036633p-60 },
	{ 0x1.e1e1e1e25a5a6p-6, 0x1.3e46eaa03f9ccp-61 },
	{ -0x1.d41d41d457c58p-6, 0x1.0600661f0f0e3p-62 },
	{ 0x1.c71c71c738e39p-6, -0x1.d93a55599cf57p-63 },
	{ -0x1.bacf914c29837p-6, -0x1.797fe7c73f29ap-60 },
	{ 0x1.af286bca21af3p-6, -0x1.df4d835f028bdp-60 },
	{ -0x1.a41a41a41d89ep-6, 0x1.d6bf77cbc25c7p-60 },
	{ 0x1.999999999b333p-6, 0x1.9ad0584412591p-61 },
	{ -0x1.8f9c18f9c2577p-6, 0x1.766fd061292d7p-60 },
};

/* log Gamma(2 + e) = (1 - gamma) e + sum_{k>=2} (-1)^k (zeta(k) - 1)/k e^k */
static const double near2[29][2] = {
	{ 0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58 },
	{ 0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56 },
	{ -0x1.13e001a557607p-4, 0x1.fb68be2f8821fp-58 },
	{ 0x1.51322ac7d8483p-6, 0x1.afc89088cb729p-60 },
	{ -0x1.e404fc218f5f2p-8, 0x1.e4a627cf1eb34p-62 },
	{ 0x1.7add6eadb6c30p-9, -0x1.5b7828c7fd7f4p-64 },
	{ -0x1.38ac5c2bf8e08p-10, 0x1.8a4c1cfd9cec8p-65 },
	{ 0x1.0b36af86396e9p-11, -0x1.0698d6c892967p-65 },
	{ -0x1.d3fd4c76d2fc8p-13, 0x1.c7c55cfccbb83p-68 },
	{ 0x1.a127b0f17d65ap-14, 0x1.9d309aa700268p-69 },
	{ -0x1.78de5bd7c81efp-15, 0x1.a20541cde47a6p-72 },
	{ 0x1.580dcee66eb02p-16, 0x1.260574b258f72p-71 },
	{ -0x1.3cbc963ce2243p-17, 0x1.ea56e6c7d5329p-71 },
	{ 0x1.2597a39f34aacp-18, -0x1.bf911462a7d81p-72 },
	{ -0x1.11b2eb7679541p-19, -0x1.c76b0e65ac63ap-75 },
	{ 0x1.0064cdeb22f0fp-20, 0x1.d0156affdbc11p-75 },
	{ -0x1.e2600d93cfd2fp-22, 0x1.130ac39e5c106p-76 },
	{ 0x1.c76bbb3f07a4dp-23, 0x1.d9a2b77769b52p-77 },
	{ -0x1.af5a6cbbf8a97p-24, -0x1.95f227e96d83ep-78 },
	{ 0x1.99b93c2070b0fp-25, 0x1.0327164736428p-79 },
	{ -0x1.862c734df3eacp-26, -0x1.b32802bec0da0p-80 },
	{ 0x1.7469daccfadcdp-27, -0x1.369d388cebaa9p-81 },
	{ -0x1.6434a8447aeadp-28, -0x1.af72edf876fcdp-87 },
	{ 0x1.555a877ffd2c3p-29, -0x1.875065f26a43bp-83 },
	{ -0x1.47b1679258d0ep-30, -0x1.04f36e0e854e4p-84 },
	{ 0x1.3b15d2b2fc10cp-31, -0x1.d79f6feeeb28bp-86 },
	{ -0x1.2f69a9fabe3e0p-32, 0x1.a162ab374c789p-86 },
	{ 0x1.24932a337434cp-33, 0x1.060829c24508fp-87 },
	{ -0x1.1a7c26ec2523cp-34, -0x1.4f4ebdb4a04b5p-88 },
};

/* sum c_k e^k, k = 1..n, by Horner in double-double (e exact) */
static double series(const double (*c)[2], int n, double e, double *lo)
{
	double pl = c[n - 1][1], p = c[n - 1][0];
	for (int k = n - 2; k >= 0; k--) {
		p = dd_mul(p, pl, e, 0, &pl);
		p = dd_add(p, pl, c[k][0], c[k][1], &pl);
	}
	return dd_mul(p, pl, e, 0, lo);
}

/*
 * log Gamma(xh + xl) for x > 0 (x not tiny), as hi + lo.  Near the zeros
 * at 1 and 2 the series above (|e| <= 1/4: the next terms are below
 * 2^-72), from 12 on Stirling (__lstar_lgamma_dd), between them
 * log Gamma(x + n) - log(x (x+1) ... (x+n-1)), whose result is at least
 * 0.07 there so the double-double difference keeps 2^-94.
 */
static double lgamma_pos(double xh, double xl, double *lo)
{
	if (xh >= 0.75 && xh <= 1.25)
		return series(near1, 41, (xh - 1) + xl, lo);
	if (xh >= 1.75 && xh <= 2.25)
		return series(near2, 29, (xh - 2) + xl, lo);
	double ph = 1, pl = 0, e;
	int shifted = 0;
	while (xh < 12) {
		ph = dd_mul(ph, pl, xh, xl, &pl);
		xh = two_sum(xh, 1, &e);
		xh = fast_two_sum(xh, xl + e, &xl);
		shifted = 1;
	}
	double gl, g = __lstar_lgamma_dd(xh, xl, &gl);
	if (!shifted) {
		*lo = gl;
		return g;
	}
	double ll, l = __lstar_log_dd(ph, &ll);
	ll += pl / ph;
	return dd_add(g, gl, -l, -ll, lo);
}

/* lgamma_r: log|Gamma(x)|, the sign of Gamma(x) in *sign. */
double lgamma_r(double x, int *sign)
{
	double ax = __builtin_fabs(x), lo, r;
	*sign = 1;
	if (!isfinite(x))
		return x * x;	/* +inf for both infinities; NaN */
	if (x <= 0 && x == rint(x)) {	/* pole */
		if (signbit(x))
			*sign = -1;
		return __lstar_erange(1 / 0.0);
	}
	if (ax < 0x1p-70) {	/* -log|x|: gamma x is below an ulp */
		if (x < 0)
			*sign = -1;
		r = __lstar_log_dd(ax, &lo);
		return -(r + lo);
	}
	if (x > 0) {
		if (x > 0x1p900) {	/* x (log x - 1): the rest is below an ulp */
			double l = __lstar_log_dd(x, &lo);
			l = dd_add(l, lo, -1, 0, &lo);
			double xs = x * 0x1p-100, e;	/* keeps the split in range */
			double p = two_prod(xs, l, &e);
			r = (p + (e + xs * lo)) * 0x1p100;
			if (isinf(r))
				errno = ERANGE;
			return r;
		}
		r = lgamma_pos(x, 0, &lo);
		r += lo;
		if (isinf(r))
			errno = ERANGE;
		return r;
	}
	/* reflection: log|Gamma(x)| = log pi - log|sin(pi x)| - log Gamma(1 - x).
	 * Near the zeros of log|Gamma| on this side the terms cancel, and the
	 * double-double's 2^-100 of them is all that is left (docs/math.md). */
	if (x < -0x1p52)	/* x is an integer there: handled above */
		return __lstar_erange(1 / 0.0);
	double sl, s = __lstar_sinpi_dd(x, &sl);
	if (s < 0) {
		*sign = -1;
		s = -s;
		sl = -sl;
	}
	double yl, yh = two_sum(1, -x, &yl);
	double gl, g = lgamma_pos(yh, yl, &gl);
	double ll, l = __lstar_log_dd(s, &ll);
	ll += sl / s;
	r = dd_add(LOGPI_HI, LOGPI_LO, -l, -ll, &lo);
	r = dd_add(r, lo, -g, -gl, &lo);
	return r + lo;
}
