#include <string.h>
#include "byteset.h"

size_t strspn(const char *s, const char *accept)
{
	struct byteset set;
	byteset_init(&set, accept);
	const unsigned char *p = (const unsigned char *)s;
	while (*p && byteset_has(&set, *p))
		p++;
	return (const char *)p - s;
}
