#include "libm.h"

float copysignf(float x, float y)
{
	return asfloat((asuint(x) & 0x7fffffff) | (asuint(y) & 0x80000000));
}
