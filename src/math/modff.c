#include "libm.h"

float modff(float x, float *ip)
{
	double i, f = modf(x, &i);
	*ip = (float)i;
	return (float)f;
}
