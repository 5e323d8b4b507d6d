#include <stdlib.h>
#include <wchar.h>

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	size_t r = wcrtomb(s, wc, NULL);
	return r == (size_t)-1 ? -1 : (int)r;
}
