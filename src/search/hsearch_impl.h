/* hsearch's table: open addressing with double hashing over a prime
 * number of slots, as glibc sizes it, so the same count of entries fits. */
#ifndef LSTAR_HSEARCH_IMPL_H
#define LSTAR_HSEARCH_IMPL_H

#define _GNU_SOURCE
#include <search.h>
#include "libc.h"

struct _ENTRY {
	unsigned used;	/* the key's hash + 1, 0 for an empty slot */
	ENTRY entry;
};

/* The table hcreate, hsearch and hdestroy share. */
extern struct hsearch_data __lstar_htab __hidden;

void *calloc(size_t n, size_t size);
void free(void *p);

#endif
