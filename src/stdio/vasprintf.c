#include <stdio.h>
#include <stdlib.h>

/* Two passes: count, then format into an allocation of the exact size.
 * Formatting is cheap next to growing a buffer by copies, and an
 * over-long result (EOVERFLOW) is found before anything is allocated. */
int vasprintf(char **out, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	*out = NULL;
	if (n < 0)
		return -1;
	char *s = malloc((size_t)n + 1);
	if (!s)
		return -1;
	*out = s;
	return vsnprintf(s, (size_t)n + 1, fmt, ap);
}
