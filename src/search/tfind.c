#include "tsearch_impl.h"

void *tfind(const void *key, void *const *rootp, __compar_fn_t compar)
{
	if (!rootp)
		return 0;
	struct __lstar_tnode *n = *rootp;
	while (n) {
		int c = compar(key, n->key);
		if (!c)
			return n;
		n = n->a[c > 0];
	}
	return 0;
}
