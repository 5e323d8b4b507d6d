#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float floorf(float x)
{
	return floor(x);
}
