#include "ld80.h"

long long llroundl(long double x)
{
	return lroundl(x);
}
