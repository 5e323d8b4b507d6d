#include <search.h>

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar)
{
	const char *p = base;
	for (size_t i = 0; i < *nmemb; i++, p += size)
		if (!compar(key, p))
			return (void *)p;
	return 0;
}
