/* The square roots the hardware rounds correctly: SSE2 sqrtsd/sqrtss
 * (IEEE 754 correctly rounded in the current mode) and x87 fsqrt for the
 * 80-bit long double. */
#ifndef LSTAR_MATH_ARCH_H
#define LSTAR_MATH_ARCH_H

static inline double __lstar_sqrt(double x)
{
	__asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
	return x;
}

static inline float __lstar_sqrtf(float x)
{
	__asm__("sqrtss %1, %0" : "=x"(x) : "x"(x));
	return x;
}

static inline long double __lstar_sqrtl(long double x)
{
	__asm__("fsqrt" : "+t"(x));
	return x;
}

#endif
