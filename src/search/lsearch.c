#include <search.h>
#include <string.h>

/* The caller guarantees room for one more element after *nmemb. */
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar)
{
	void *p = lfind(key, base, nmemb, size, compar);
	if (p)
		return p;
	p = (char *)base + *nmemb * size;
	memcpy(p, key, size);
	++*nmemb;
	return p;
}
