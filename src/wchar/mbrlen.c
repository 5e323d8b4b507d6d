#include <wchar.h>

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	return mbrtowc(NULL, s, n, ps);
}
