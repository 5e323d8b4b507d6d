#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float nearbyintf(float x)
{
	return rint(x);
}
