#include "libm.h"

/* Exact: the double result is an integer that a float holds. */
float ceilf(float x)
{
	return ceil(x);
}
