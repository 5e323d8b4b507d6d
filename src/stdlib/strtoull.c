#include <stdlib.h>
#include <limits.h>
#include "strtoint.h"

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtou(s, end, base, ULLONG_MAX);
}
