#include "libm.h"

double copysign(double x, double y)
{
	return asdouble((asuint64(x) & ~SIGN64) | (asuint64(y) & SIGN64));
}
