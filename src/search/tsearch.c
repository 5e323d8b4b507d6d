#include "tsearch_impl.h"

void *tsearch(const void *key, void **rootp, __compar_fn_t compar)
{
	if (!rootp)
		return 0;
	struct __lstar_tnode **path[__LSTAR_TMAXH], **link = (struct __lstar_tnode **)rootp;
	int depth = 0;
	while (*link) {
		int c = compar(key, (*link)->key);
		if (!c)
			return *link;
		path[depth++] = link;
		link = &(*link)->a[c > 0];
	}
	struct __lstar_tnode *n = malloc(sizeof *n);
	if (!n)
		return 0;
	n->key = key;
	n->a[0] = n->a[1] = 0;
	n->h = 1;
	*link = n;
	/* heights change up the path until a subtree keeps its height */
	while (depth && __lstar_tbalance(path[--depth]))
		;
	return n;
}
