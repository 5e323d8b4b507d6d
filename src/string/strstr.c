#include <string.h>
#include "twoway.h"

char *strstr(const char *h, const char *n)
{
	if (!n[0])
		return (char *)h;
	if (!n[1])
		return strchr(h, n[0]);
	size_t nn = strlen(n);
	if (nn > 2)
		return (char *)twoway((const unsigned char *)h, 0, (const unsigned char *)n,
				      (ptrdiff_t)nn, 1);
	for (h = strchr(h, n[0]); h; h = strchr(h + 1, n[0]))
		if (h[1] == n[1])
			return (char *)h;
	return 0;
}
