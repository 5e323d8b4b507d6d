#include "libm.h"

float frexpf(float x, int *e)
{
	return (float)frexp(x, e);
}
