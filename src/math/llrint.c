#include "libm.h"

long long llrint(double x)
{
	return lrint(x);
}
