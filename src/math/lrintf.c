#include "libm.h"

long lrintf(float x)
{
	return lrint(x);
}
