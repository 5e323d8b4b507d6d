#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float rintf(float x)
{
	return rint(x);
}
