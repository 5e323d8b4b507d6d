#include "libm.h"

double fabs(double x)
{
	return asdouble(asuint64(x) & ~SIGN64);
}
