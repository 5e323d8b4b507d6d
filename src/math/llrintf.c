#include "libm.h"

long long llrintf(float x)
{
	return lrint(x);
}
