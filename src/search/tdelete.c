#include "tsearch_impl.h"

/*
 * Returns the deleted key's parent node, NULL when the key is absent; for
 * the root, whose parent POSIX leaves unspecified but non-null, rootp
 * (glibc returns the freed root node itself).  A node with two children
 * takes its in-order successor's key and the successor's node is removed,
 * so the parent returned is still in the tree.
 */
void *tdelete(const void *restrict key, void **restrict rootp, __compar_fn_t compar)
{
	if (!rootp)
		return 0;
	struct __lstar_tnode **path[__LSTAR_TMAXH + 1], **link = (struct __lstar_tnode **)rootp;
	int depth = 0, c;
	while (*link && (c = compar(key, (*link)->key))) {
		path[depth++] = link;
		link = &(*link)->a[c > 0];
	}
	struct __lstar_tnode *n = *link;
	if (!n)
		return 0;
	void *parent = depth ? (void *)*path[depth - 1] : (void *)rootp;
	if (n->a[0] && n->a[1]) {
		path[depth++] = link;
		link = &n->a[1];
		while ((*link)->a[0]) {
			path[depth++] = link;
			link = &(*link)->a[0];
		}
		struct __lstar_tnode *s = *link;
		n->key = s->key;
		n = s;
	}
	*link = n->a[0] ? n->a[0] : n->a[1];
	free(n);
	while (depth)
		__lstar_tbalance(path[--depth]);
	return parent;
}
