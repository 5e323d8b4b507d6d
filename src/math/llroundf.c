#include "libm.h"

long long llroundf(float x)
{
	return lround(x);
}
