#include "tsearch_impl.h"

/* glibc's visits: a leaf once (leaf); any other node three times,
 * preorder before its left subtree, postorder between the subtrees (the
 * in-order visit), endorder after; depth 0 is the root. */
static void walk(const struct __lstar_tnode *n, __action_fn_t action, int depth)
{
	if (!n->a[0] && !n->a[1]) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->a[0])
		walk(n->a[0], action, depth + 1);
	action(n, postorder, depth);
	if (n->a[1])
		walk(n->a[1], action, depth + 1);
	action(n, endorder, depth);
}

void twalk(const void *root, __action_fn_t action)
{
	if (root && action)
		walk(root, action, 0);
}
