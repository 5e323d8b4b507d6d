#include "libm.h"

float scalblnf(float x, long n)
{
	return scalbnf(x, n > 300 ? 300 : n < -300 ? -300 : (int)n);
}
