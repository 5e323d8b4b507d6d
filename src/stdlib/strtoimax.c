#include <inttypes.h>
#include "strtoint.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return __lstar_strtos(s, end, base, INTMAX_MIN, INTMAX_MAX);
}
