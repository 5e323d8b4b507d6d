#include "libm.h"

double ceil(double x)
{
	return __lstar_floor_ceil(x, 1);
}
