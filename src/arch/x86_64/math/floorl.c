#include "ld80.h"

long double floorl(long double x)
{
	return ld80_toint(x, signbit(x));
}
