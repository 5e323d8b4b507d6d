#include "libm.h"

int ilogbf(float x)
{
	return ilogb(x);
}
