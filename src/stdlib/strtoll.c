#include <stdlib.h>
#include <limits.h>
#include "strtoint.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtos(s, end, base, LLONG_MIN, LLONG_MAX);
}
