#include "libm.h"

float remainderf(float x, float y)
{
	return (float)remainder(x, y);
}
