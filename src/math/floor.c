#include "libm.h"

double floor(double x)
{
	return __lstar_floor_ceil(x, 0);
}
