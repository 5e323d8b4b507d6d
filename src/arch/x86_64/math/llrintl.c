#include "ld80.h"

long long llrintl(long double x)
{
	return lrintl(x);
}
