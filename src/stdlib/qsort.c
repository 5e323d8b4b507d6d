#define _GNU_SOURCE
#include <stdlib.h>

typedef int (*cmp_fn)(const void *, const void *);

struct plain { cmp_fn cmp; };

static int call_plain(const void *a, const void *b, void *arg)
{
	return ((struct plain *)arg)->cmp(a, b);
}

void qsort(void *base, size_t n, size_t size, cmp_fn cmp)
{
	struct plain p = { cmp };
	qsort_r(base, n, size, call_plain, &p);
}
