/*
 * The tsearch family's tree: AVL, so every operation is O(log n).  A
 * node's first member is the key pointer, so the node pointer the
 * functions return is also a pointer to the key (POSIX: callers write
 * *(T **)node).
 */
#ifndef LSTAR_TSEARCH_IMPL_H
#define LSTAR_TSEARCH_IMPL_H

#include <search.h>
#include "libc.h"

struct __lstar_tnode {
	const void *key;
	struct __lstar_tnode *a[2];	/* left, right */
	int h;				/* height: a leaf is 1 */
};

/* An AVL tree of 2^64 nodes is under 1.45 * 64 high. */
#define __LSTAR_TMAXH 96

/* Restore the AVL condition at *link after one of its subtrees changed
 * height by one; returns nonzero when *link's height changed. */
int __lstar_tbalance(struct __lstar_tnode **link) __hidden;

void *malloc(size_t n);
void free(void *p);

#endif
