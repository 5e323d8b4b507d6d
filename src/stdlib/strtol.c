#include <stdlib.h>
#include <limits.h>
#include "strtoint.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtos(s, end, base, LONG_MIN, LONG_MAX);
}
