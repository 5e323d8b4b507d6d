/*
 * The registry of live large blocks (those with a mapping of their own),
 * for the full allocator (full.c, docs/malloc.md "Large blocks").
 *
 * free() must not read the header of a large block that was already freed:
 * its mapping is gone and the read would fault.  So a pointer that could be
 * a large block (see full.c: every large block's user pointer sits at page
 * offset 0 or 16) is looked up here first, without touching the memory it
 * points to.  An open-addressed hash set of user pointers, linear probing,
 * deletion by backward shift (no tombstones, so a lookup never scans more
 * than one cluster).  The first 64 slots are static; past half full the
 * table moves to a mapping twice the size.
 *
 * The last few freed large pointers are remembered too, only to tell a
 * double free from an invalid pointer in the message.
 */
#include <stdint.h>
#include "malloc_impl.h"

#define SEED_SLOTS 64
#define RECENT 8

static uintptr_t seed_slots[SEED_SLOTS];
static uintptr_t *slots = seed_slots;
static size_t nslots = SEED_SLOTS;	/* a power of two */
static size_t count;
static uintptr_t recent[RECENT];
static unsigned recent_pos;

/* Each large block owns the page its user pointer is in: p >> 12 differs
 * between live blocks, and the multiply spreads it over the table. */
static size_t home(uintptr_t p, size_t n)
{
	return (size_t)(((p >> 12) * 0x9e3779b97f4a7c15ULL) >> 32) & (n - 1);
}

static size_t find(uintptr_t p)
{
	size_t i = home(p, nslots);
	while (slots[i] && slots[i] != p)
		i = (i + 1) & (nslots - 1);
	return i;
}

static void put(uintptr_t *t, size_t n, uintptr_t p)
{
	size_t i = home(p, n);
	while (t[i])
		i = (i + 1) & (n - 1);
	t[i] = p;
}

static int grow(void)
{
	size_t n = nslots * 2;
	uintptr_t *t = __lstar_page_map(n * sizeof *t);
	if (!t)
		return 0;
	for (size_t i = 0; i < nslots; i++)
		if (slots[i])
			put(t, n, slots[i]);
	if (slots != seed_slots)
		sys_munmap(slots, nslots * sizeof *slots);
	slots = t;
	nslots = n;
	return 1;
}

int __lstar_large_add(void *p)
{
	if ((count + 1) * 2 > nslots && !grow())
		return 0;
	put(slots, nslots, (uintptr_t)p);
	count++;
	return 1;
}

int __lstar_large_has(void *p)
{
	return slots[find((uintptr_t)p)] != 0;
}

void __lstar_large_del(void *p)
{
	size_t i = find((uintptr_t)p);
	if (!slots[i])
		return;
	/* Backward shift: pull later members of the cluster into the hole
	 * unless their home lies cyclically in (hole, j]. */
	for (size_t j = (i + 1) & (nslots - 1); slots[j]; j = (j + 1) & (nslots - 1)) {
		size_t h = home(slots[j], nslots);
		if (i <= j ? (h <= i || h > j) : (h <= i && h > j)) {
			slots[i] = slots[j];
			i = j;
		}
	}
	slots[i] = 0;
	count--;
	recent[recent_pos++ % RECENT] = (uintptr_t)p;
}

int __lstar_large_was_freed(void *p)
{
	for (unsigned i = 0; i < RECENT; i++)
		if (recent[i] == (uintptr_t)p)
			return 1;
	return 0;
}
