#include <string.h>
#include "byteset.h"

size_t strcspn(const char *s, const char *reject)
{
	struct byteset set;
	byteset_init(&set, reject);
	const unsigned char *p = (const unsigned char *)s;
	while (*p && !byteset_has(&set, *p))
		p++;
	return (const char *)p - s;
}
