#include "libm.h"

long long llround(double x)
{
	return lround(x);
}
