#include "libm.h"

float fabsf(float x)
{
	return asfloat(asuint(x) & 0x7fffffff);
}
