#include <errno.h>
#include <string.h>
#include "hsearch_impl.h"

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;	/* FNV-1a */
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/*
 * Slots are 1..size (glibc's layout); the probe step depends on the hash
 * too, so keys colliding on a slot take different paths.  FIND of an
 * absent key is ESRCH; ENTER into a full table is ENOMEM, as in glibc.
 * An existing key's entry is returned unchanged by ENTER (POSIX).
 */
int hsearch_r(ENTRY item, ACTION action, ENTRY **ret, struct hsearch_data *htab)
{
	*ret = 0;
	if (!htab || !htab->table || !item.key) {
		errno = htab && htab->table ? EINVAL : ESRCH;
		return 0;
	}
	unsigned size = htab->size, h = hash(item.key), used = h % 0xfffffffeu + 1;
	unsigned i = h % size + 1, step = 1 + h % (size - 2);
	for (unsigned tries = 0; tries < size; tries++) {
		struct _ENTRY *e = &htab->table[i];
		if (!e->used)
			break;
		if (e->used == used && !strcmp(e->entry.key, item.key)) {
			*ret = &e->entry;
			return 1;
		}
		i = i > step ? i - step : i + size - step;
	}
	if (action == FIND) {
		errno = ESRCH;
		return 0;
	}
	if (htab->filled == htab->size) {
		errno = ENOMEM;
		return 0;
	}
	/* i is the first free slot on this key's probe sequence (nothing is
	 * ever removed, so the key would have been before it) */
	htab->table[i].used = used;
	htab->table[i].entry = item;
	htab->filled++;
	*ret = &htab->table[i].entry;
	return 1;
}
