#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float roundf(float x)
{
	return round(x);
}
