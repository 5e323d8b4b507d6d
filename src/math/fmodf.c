#include "libm.h"

/* Exact: the remainder of two floats is a float. */
float fmodf(float x, float y)
{
	return (float)fmod(x, y);
}
