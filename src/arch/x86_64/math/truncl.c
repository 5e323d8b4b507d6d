#include "ld80.h"

long double truncl(long double x)
{
	return ld80_toint(x, 0);
}
