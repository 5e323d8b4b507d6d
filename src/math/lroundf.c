#include "libm.h"

long lroundf(float x)
{
	return lround(x);
}
