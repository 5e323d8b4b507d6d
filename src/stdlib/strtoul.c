#include <stdlib.h>
#include <limits.h>
#include "strtoint.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtou(s, end, base, ULONG_MAX);
}
