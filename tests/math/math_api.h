/* The lstar <math.h> functions as the hosted math suites call them: under
 * the lstar_ names tools/hostify.py gives them, beside glibc's libm. */
#ifndef LSTAR_MATH_API_H
#define LSTAR_MATH_API_H

extern int lstar_errno;

#define F1(n) double lstar_##n(double); float lstar_##n##f(float);
#define F2(n) double lstar_##n(double, double); float lstar_##n##f(float, float);
F1(fabs) F1(floor) F1(ceil) F1(trunc) F1(round) F1(rint) F1(nearbyint)
F1(logb) F1(sqrt)
F2(copysign) F2(fmod) F2(remainder) F2(fmin) F2(fmax) F2(fdim)
F2(nextafter) F2(hypot)
F1(exp) F1(exp2) F1(expm1) F1(log) F1(log2) F1(log10) F1(log1p) F1(cbrt)
F2(pow)
F1(sin) F1(cos) F1(tan) F1(asin) F1(acos) F1(atan) F2(atan2)
F1(sinh) F1(cosh) F1(tanh) F1(asinh) F1(acosh) F1(atanh)
F1(erf) F1(erfc) F1(tgamma) F1(lgamma)
extern int lstar_signgam;
#undef F1
#undef F2

long lstar_lround(double);
long lstar_lroundf(float);
long long lstar_llround(double);
long long lstar_llroundf(float);
long lstar_lrint(double);
long lstar_lrintf(float);
long long lstar_llrint(double);
long long lstar_llrintf(float);
int lstar_ilogb(double);
int lstar_ilogbf(float);
double lstar_remquo(double, double, int *);
float lstar_remquof(float, float, int *);
double lstar_frexp(double, int *);
float lstar_frexpf(float, int *);
double lstar_ldexp(double, int);
float lstar_ldexpf(float, int);
double lstar_scalbn(double, int);
float lstar_scalbnf(float, int);
double lstar_scalbln(double, long);
float lstar_scalblnf(float, long);
double lstar_modf(double, double *);
float lstar_modff(float, float *);
double lstar_nexttoward(double, long double);
float lstar_nexttowardf(float, long double);
double lstar_nan(const char *);
double lstar_fma(double, double, double);
float lstar_fmaf(float, float, float);
float lstar_nanf(const char *);

long double lstar_fabsl(long double);
long double lstar_copysignl(long double, long double);
long double lstar_sqrtl(long double);
long double lstar_floorl(long double);
long double lstar_ceill(long double);
long double lstar_truncl(long double);
long double lstar_roundl(long double);
long double lstar_rintl(long double);
long double lstar_nearbyintl(long double);
long lstar_lrintl(long double);
long long lstar_llrintl(long double);
long lstar_lroundl(long double);
long long lstar_llroundl(long double);
long double lstar_fmodl(long double, long double);
long double lstar_remainderl(long double, long double);
long double lstar_frexpl(long double, int *);
long double lstar_ldexpl(long double, int);
long double lstar_scalbnl(long double, int);
long double lstar_modfl(long double, long double *);
long double lstar_fminl(long double, long double);
long double lstar_fmaxl(long double, long double);

#endif
