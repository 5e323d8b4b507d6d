#include "libm.h"

float remquof(float x, float y, int *quo)
{
	return (float)remquo(x, y, quo);
}
