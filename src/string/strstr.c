#include <string.h>

char *strstr(const char *h, const char *n)
{
	size_t nn = strlen(n);
	if (!nn)
		return (char *)h;
	for (;; h++) {
		h = strchr(h, n[0]);
		if (!h)
			return 0;
		if (!strncmp(h + 1, n + 1, nn - 1))
			return (char *)h;
	}
}
