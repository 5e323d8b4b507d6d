#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float truncf(float x)
{
	return trunc(x);
}
