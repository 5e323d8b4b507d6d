#define _GNU_SOURCE
#include "tsearch_impl.h"

void tdestroy(void *root, __free_fn_t freefn)
{
	struct __lstar_tnode *n = root;
	if (!n)
		return;
	tdestroy(n->a[0], freefn);
	tdestroy(n->a[1], freefn);
	if (freefn)
		freefn((void *)n->key);
	free(n);
}
