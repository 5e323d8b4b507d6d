#include "libm.h"

float logbf(float x)
{
	return (float)logb(x);
}
