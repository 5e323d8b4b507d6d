#ifndef _SEARCH_H
#define _SEARCH_H

#include <stddef.h>

/* glibc's layouts and values. */
typedef enum { FIND, ENTER } ACTION;
typedef struct entry { char *key; void *data; } ENTRY;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

int hcreate(size_t nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY item, ACTION action);

#ifdef _GNU_SOURCE
struct _ENTRY;
struct hsearch_data {
	struct _ENTRY *table;
	unsigned size;
	unsigned filled;
};
int hcreate_r(size_t nel, struct hsearch_data *htab);
void hdestroy_r(struct hsearch_data *htab);
int hsearch_r(ENTRY item, ACTION action, ENTRY **ret, struct hsearch_data *htab);

typedef void (*__free_fn_t)(void *node);
void tdestroy(void *root, __free_fn_t freefn);
#endif

typedef int (*__compar_fn_t)(const void *, const void *);
typedef void (*__action_fn_t)(const void *node, VISIT which, int depth);

void *tsearch(const void *key, void **rootp, __compar_fn_t compar);
void *tfind(const void *key, void *const *rootp, __compar_fn_t compar);
void *tdelete(const void *restrict key, void **restrict rootp, __compar_fn_t compar);
void twalk(const void *root, __action_fn_t action);

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar);
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar);

void insque(void *elem, void *prev);
void remque(void *elem);

#endif
