#include "libm.h"

float sqrtf(float x)
{
	if (x < 0)
		return (float)__lstar_edom((x - x) / (x - x));
	return __lstar_sqrtf(x);
}
