#include "ld80.h"

long double ceill(long double x)
{
	return ld80_toint(x, !signbit(x));
}
