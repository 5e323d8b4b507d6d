#include "tsearch_impl.h"

static int height(const struct __lstar_tnode *n)
{
	return n ? n->h : 0;
}

static void fix_height(struct __lstar_tnode *n)
{
	int l = height(n->a[0]), r = height(n->a[1]);
	n->h = (l > r ? l : r) + 1;
}

/* Lift child a[dir] of *link into its place. */
static void rotate(struct __lstar_tnode **link, int dir)
{
	struct __lstar_tnode *x = *link, *y = x->a[dir];
	x->a[dir] = y->a[!dir];
	y->a[!dir] = x;
	fix_height(x);
	fix_height(y);
	*link = y;
}

int __lstar_tbalance(struct __lstar_tnode **link)
{
	struct __lstar_tnode *n = *link;
	int old = n->h, l = height(n->a[0]), r = height(n->a[1]);
	if (l - r < 2 && r - l < 2) {
		fix_height(n);
		return n->h != old;
	}
	int dir = r > l;
	struct __lstar_tnode *c = n->a[dir];
	if (height(c->a[!dir]) > height(c->a[dir]))
		rotate(&n->a[dir], !dir);	/* zig-zag: make it zig-zig */
	rotate(link, dir);
	return (*link)->h != old;
}
