#include <inttypes.h>
#include "strtoint.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtou(s, end, base, UINTMAX_MAX);
}
