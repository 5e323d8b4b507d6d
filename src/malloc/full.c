/*
 * The full allocator (linked only with free(): see malloc_impl.h).
 *
 * Chunks live in arenas (the static seed, then mmap'd regions of 1 MiB,
 * growing to 16 MiB as more are needed).  Each chunk starts with a 16-byte
 * header: the size of the chunk before it in the arena, and its own size
 * with a magic number and an in-use bit.  Free chunks are coalesced with
 * free neighbours at once and kept in 128 size-class lists: exact lists of
 * 16-byte steps up to 1 KiB, then four lists per power of two; a bitmap
 * finds the next non-empty list.  Requests of 128 KiB or more get a mapping
 * of their own, returned to the kernel by free.  An arena that becomes
 * entirely free is unmapped unless it is the seed or the newest arena (kept
 * to avoid map/unmap churn at a boundary).
 *
 * Misuse is detected where a check costs a compare: free and realloc
 * verify the magic, the in-use bit (double free), 16-byte alignment, and
 * that the next chunk records this chunk's size; any failure prints a
 * message on stderr and aborts.  A large block's header is read only once
 * the registry (large.c) confirms the block is live, so freeing one twice
 * aborts instead of faulting on its unmapped header.  Single-threaded:
 * lstar has no threads.
 */
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"

#define MAGIC ((size_t)0xa11c << 48)
#define MAGIC_MASK ((size_t)0xffff << 48)
#define INUSE ((size_t)1)
#define MAPPED ((size_t)2)
#define CACHED ((size_t)4)	/* freed, held in a small-size cache (in use to its neighbours) */
#define SIZE_MASK (~MAGIC_MASK & ~(size_t)15)
#define HDR 16
#define MIN_CHUNK 32
#define NBINS 128
#define ARENA_MIN (1 << 20)

struct chunk {
	size_t prev;	/* size of the previous chunk; 0 for an arena's first.
			 * In a mapped chunk: its offset into the mapping. */
	size_t head;	/* MAGIC | size | MAPPED | INUSE */
	struct chunk *fd, *bk;	/* list links, while free */
};

/* An arena: this header, chunks, and a fencepost header (in use, size 0).
 * Arenas are listed so that free can tell whether a pointer lies in one
 * without reading memory that may be unmapped (see checked()). */
struct arena {
	size_t len;
	struct arena *next, *prev;
	size_t pad;
};

/*
 * A bounded LIFO cache per small size (chunks up to 1 KiB, one list per
 * 16-byte class): free parks a chunk here untouched and the next malloc of
 * the same class takes it back, skipping coalescing, splitting and the bin
 * lists: the common free-then-malloc pattern costs a few loads and stores.
 * A cached chunk keeps INUSE (its neighbours must not merge with it) and
 * gains CACHED, so a second free of it is still caught.  At most
 * CACHE_DEPTH chunks per class are held, 16 x 64 classes x 1 KiB at worst,
 * and only chunks of the two arenas never unmapped (the seed and the
 * newest), so the cache cannot keep an emptied arena from the kernel;
 * grow() drains it before a new arena becomes the newest.
 */
#define CACHE_MAX 1024
#define CACHE_DEPTH 16
static struct chunk *cache[CACHE_MAX / 16 + 1];
static unsigned char cache_len[CACHE_MAX / 16 + 1];

static struct chunk bins[NBINS];	/* list heads: only fd/bk are used */
static uint64_t bitmap[NBINS / 64];
static struct arena *newest;
static struct arena *arenas;
static unsigned arenas_made;

static size_t csize(const struct chunk *c) { return c->head & SIZE_MASK; }
static struct chunk *next_of(struct chunk *c) { return (struct chunk *)((char *)c + csize(c)); }
static struct chunk *prev_of(struct chunk *c) { return (struct chunk *)((char *)c - c->prev); }
static struct chunk *chunk_of(void *p) { return (struct chunk *)((char *)p - HDR); }
static void *user_of(struct chunk *c) { return (char *)c + HDR; }
static int in_use(const struct chunk *c) { return c->head & INUSE; }

static void set_head(struct chunk *c, size_t size, size_t flags)
{
	c->head = MAGIC | size | flags;
}

static unsigned bin_of(size_t size)
{
	if (size <= 1024)
		return size / 16;		/* 2..64 */
	unsigned lg = 63 - __builtin_clzl(size);	/* >= 10 */
	unsigned b = 65 + 4 * (lg - 10) + ((size >> (lg - 2)) & 3);	/* 65.. */
	return b < NBINS ? b : NBINS - 1;
}

static void bin_insert(struct chunk *c)
{
	unsigned b = bin_of(csize(c));
	struct chunk *h = &bins[b];
	if (!h->fd)
		h->fd = h->bk = h;
	c->fd = h->fd;
	c->bk = h;
	h->fd->bk = c;
	h->fd = c;
	bitmap[b / 64] |= 1ULL << (b % 64);
}

static void bin_remove(struct chunk *c)
{
	if (c->fd->bk != c || c->bk->fd != c)
		__lstar_malloc_fail("malloc(): corrupted free list");
	c->fd->bk = c->bk;
	c->bk->fd = c->fd;
	unsigned b = bin_of(csize(c));
	if (bins[b].fd == &bins[b])
		bitmap[b / 64] &= ~(1ULL << (b % 64));
}

/* Smallest non-empty bin >= b, or NBINS. */
static unsigned next_bin(unsigned b)
{
	for (unsigned w = b / 64; w < NBINS / 64; w++) {
		uint64_t m = bitmap[w];
		if (w == b / 64)
			m &= ~0ULL << (b % 64);
		if (m)
			return w * 64 + __builtin_ctzll(m);
	}
	return NBINS;
}

/* Turn [mem, mem+len) into an arena holding one free chunk. */
static void arena_init(void *mem, size_t len)
{
	struct arena *a = mem;
	a->len = len;
	a->prev = 0;
	a->next = arenas;
	if (arenas)
		arenas->prev = a;
	arenas = a;
	struct chunk *c = (struct chunk *)(a + 1);
	size_t size = len - sizeof *a - 2 * HDR;	/* fence gets 32 bytes */
	c->prev = 0;
	set_head(c, size, 0);
	struct chunk *fence = next_of(c);
	fence->prev = size;
	set_head(fence, 0, INUSE);
	bin_insert(c);
}

static void free_chunk(struct chunk *c);

static int cacheable(struct chunk *c)
{
	unsigned char *p = (unsigned char *)c;
	if (p >= __lstar_malloc_seed && p < __lstar_malloc_seed + SEED_SIZE)
		return 1;
	return newest && p >= (unsigned char *)newest && p < (unsigned char *)newest + newest->len;
}

static void cache_drain(void)
{
	for (unsigned i = 0; i <= CACHE_MAX / 16; i++) {
		while (cache[i]) {
			struct chunk *c = cache[i];
			cache[i] = c->fd;
			c->head &= ~CACHED;
			free_chunk(c);
		}
		cache_len[i] = 0;
	}
}

static int grow(size_t need)
{
	size_t len = (size_t)ARENA_MIN << (arenas_made / 8 < 4 ? arenas_made / 8 : 4);
	while (len < need + sizeof(struct arena) + 2 * HDR)
		len *= 2;
	void *m = __lstar_page_map(len);
	if (!m)
		return 0;
	cache_drain();
	arenas_made++;
	newest = m;
	arena_init(m, len);
	return 1;
}

/* Give the tail of c beyond size back to the bins, if it can hold a chunk. */
static void split(struct chunk *c, size_t size)
{
	size_t total = csize(c);
	if (total - size < MIN_CHUNK)
		return;
	struct chunk *rest = (struct chunk *)((char *)c + size);
	set_head(c, size, c->head & INUSE);
	rest->prev = size;
	set_head(rest, total - size, 0);
	struct chunk *after = next_of(rest);
	after->prev = total - size;
	if (!in_use(after)) {		/* keep "no two free neighbours" */
		bin_remove(after);
		set_head(rest, total - size + csize(after), 0);
		next_of(rest)->prev = csize(rest);
	}
	bin_insert(rest);
}

static struct chunk *take(size_t size)
{
	unsigned b = bin_of(size);
	if (b > 64 && bins[b].fd && bitmap[b / 64] & (1ULL << (b % 64))) {
		/* mixed sizes in this list: best fit */
		struct chunk *best = 0;
		for (struct chunk *c = bins[b].fd; c != &bins[b]; c = c->fd)
			if (csize(c) >= size && (!best || csize(c) < csize(best)))
				best = c;
		if (best) {
			bin_remove(best);
			return best;
		}
		b++;
	}
	b = next_bin(b);
	if (b == NBINS)
		return 0;
	struct chunk *c = bins[b].fd;
	if ((c->head & (MAGIC_MASK | INUSE)) != MAGIC)
		__lstar_malloc_fail("malloc(): corrupted free chunk");
	bin_remove(c);
	return c;
}

/*
 * A large block's user pointer is at page offset HDR (the header opens the
 * mapping) or, for alignments above 16, at offset 0: free() can then pick
 * out the pointers that might be large blocks by their address alone.
 */
static int maybe_large(const void *p)
{
	return ((uintptr_t)p & 4095) <= HDR;
}

static void *map_chunk(size_t size, size_t align)
{
	if (align > MALLOC_ALIGN && align < 4096)
		align = 4096;
	size_t len = (size + align + 4095) & ~(size_t)4095;
	char *m = __lstar_page_map(len);
	if (!m)
		return 0;
	uintptr_t user = ((uintptr_t)m + HDR + align - 1) & ~(uintptr_t)(align - 1);
	struct chunk *c = chunk_of((void *)user);
	c->prev = (char *)c - m;
	set_head(c, len - c->prev, MAPPED | INUSE);
	if (!__lstar_large_add((void *)user)) {
		sys_munmap(m, len);
		return 0;
	}
	return (void *)user;
}

static size_t request_size(size_t n)
{
	size_t size = (n + HDR + 15) & ~(size_t)15;
	return size < MIN_CHUNK ? MIN_CHUNK : size;
}

void *__lstar_full_malloc(size_t n)
{
	if (n > MALLOC_MAX) {
		errno = ENOMEM;
		return 0;
	}
	size_t size = request_size(n);
	if (size >= MMAP_THRESHOLD) {
		void *p = map_chunk(size, MALLOC_ALIGN);
		if (!p)
			errno = ENOMEM;
		return p;
	}
	if (size <= CACHE_MAX && cache[size / 16]) {
		struct chunk *c = cache[size / 16];
		cache[size / 16] = c->fd;
		cache_len[size / 16]--;
		c->head &= ~CACHED;
		return user_of(c);
	}
	static int seeded;
	if (!seeded) {
		seeded = 1;
		arena_init(__lstar_malloc_seed, SEED_SIZE);
	}
	struct chunk *c = take(size);
	if (!c) {
		if (!grow(size)) {
			errno = ENOMEM;
			return 0;
		}
		c = take(size);
	}
	set_head(c, csize(c), INUSE);
	split(c, size);
	return user_of(c);
}

static int in_arena(const void *p)
{
	for (const struct arena *a = arenas; a; a = a->next)
		if ((const char *)p > (const char *)a && (const char *)p < (const char *)a + a->len)
			return 1;
	return 0;
}

/* A pointer with a large block's page offset that is not a live large
 * block must lie in an arena, or its header may not even be mapped. */
static void check_large(void *p, int f)
{
	if (__lstar_large_has(p)) {
		struct chunk *c = chunk_of(p);
		if ((c->head & (MAGIC_MASK | MAPPED | INUSE)) != (MAGIC | MAPPED | INUSE))
			__lstar_malloc_fail(f ? "free(): corrupted chunk" : "realloc(): corrupted chunk");
		return;
	}
	if (in_arena(p))
		return;
	if (__lstar_large_was_freed(p))
		__lstar_malloc_fail(f ? "free(): double free detected" : "realloc(): invalid pointer (already freed)");
	__lstar_malloc_fail(f ? "free(): invalid pointer" : "realloc(): invalid pointer");
}

/* Everything checked() does not settle with its two fast compares:
 * misalignment, the offsets large blocks use, and every failure. */
static __attribute__((noinline)) struct chunk *checked_slow(void *p, int f)
{
	if ((uintptr_t)p & 15)
		__lstar_malloc_fail(f ? "free(): invalid pointer" : "realloc(): invalid pointer");
	if (maybe_large(p))
		check_large(p, f);
	struct chunk *c = chunk_of(p);
	if ((c->head & MAGIC_MASK) != MAGIC)
		__lstar_malloc_fail(f ? "free(): invalid pointer" : "realloc(): invalid pointer");
	if (!in_use(c) || (c->head & CACHED))
		__lstar_malloc_fail(f ? "free(): double free detected" : "realloc(): invalid pointer (already freed)");
	if (c->head & MAPPED) {
		/* every live large block is registered, at a large block's offset */
		if (!maybe_large(p) || !__lstar_large_has(p))
			__lstar_malloc_fail(f ? "free(): invalid pointer" : "realloc(): invalid pointer");
		return c;
	}
	if (csize(c) < MIN_CHUNK || next_of(c)->prev != csize(c))
		__lstar_malloc_fail(f ? "free(): corrupted chunk" : "realloc(): corrupted chunk");
	return c;
}

/* The checks free (f) and realloc make before trusting a header.  The
 * common case, an aligned small chunk in use, costs two compares and the
 * neighbour check; anything else goes the slow way. */
static struct chunk *checked(void *p, int f)
{
	uintptr_t off = (uintptr_t)p & 4095;
	if (__builtin_expect((off & 15) || off <= HDR, 0))
		return checked_slow(p, f);
	struct chunk *c = chunk_of(p);
	if (__builtin_expect((c->head & (MAGIC_MASK | INUSE | CACHED | MAPPED)) != (MAGIC | INUSE), 0))
		return checked_slow(p, f);
	if (csize(c) < MIN_CHUNK || next_of(c)->prev != csize(c))
		__lstar_malloc_fail(f ? "free(): corrupted chunk" : "realloc(): corrupted chunk");
	return c;
}

static void release_arena_if_empty(struct chunk *c)
{
	if (c->prev || in_use(c) || csize(next_of(c)))
		return;
	struct arena *a = (struct arena *)c - 1;
	if ((unsigned char *)a == __lstar_malloc_seed || a == newest)
		return;
	bin_remove(c);
	if (a->prev)
		a->prev->next = a->next;
	else
		arenas = a->next;
	if (a->next)
		a->next->prev = a->prev;
	sys_munmap(a, a->len);
}

static void free_chunk(struct chunk *c)
{
	if (c->head & MAPPED) {
		size_t len = csize(c) + c->prev;
		__lstar_large_del(user_of(c));
		c->head = 0;	/* if the unmap fails, a second free reads as invalid */
		sys_munmap((char *)c - c->prev, len);
		return;
	}
	set_head(c, csize(c), 0);	/* a stale header now reads as freed */
	struct chunk *n = next_of(c);
	if (!in_use(n)) {
		bin_remove(n);
		set_head(c, csize(c) + csize(n), 0);
	}
	if (c->prev && !in_use(prev_of(c))) {
		struct chunk *p = prev_of(c);
		bin_remove(p);
		set_head(p, csize(p) + csize(c), 0);
		c = p;
	}
	next_of(c)->prev = csize(c);
	bin_insert(c);
	release_arena_if_empty(c);
}

void __lstar_full_free(void *p)
{
	if (!p)
		return;
	struct chunk *c = checked(p, 1);
	size_t size = csize(c);
	if (!(c->head & MAPPED) && size <= CACHE_MAX && cache_len[size / 16] < CACHE_DEPTH
	    && cacheable(c)) {
		c->head |= CACHED;
		c->fd = cache[size / 16];
		cache[size / 16] = c;
		cache_len[size / 16]++;
		return;
	}
	free_chunk(c);
}

size_t __lstar_full_usable_size(void *p)
{
	return p ? csize(chunk_of(p)) - HDR : 0;
}

int __lstar_full_is_zeroed(void *p)
{
	return (chunk_of(p)->head & MAPPED) != 0;
}

static void *resize_mapped(struct chunk *c, size_t size)
{
	size_t len = csize(c) + c->prev;
	if (size <= csize(c) && size > csize(c) / 2)
		return user_of(c);
	if (size < MMAP_THRESHOLD)
		return 0;
	size_t prev = c->prev;	/* the old mapping is gone after a move */
	void *old = (char *)c - prev;
	size_t nlen = (size + prev + 4095) & ~(size_t)4095;
	long r = sys_mremap(old, len, nlen, 1 /* MREMAP_MAYMOVE */, 0);
	if (__syscall_is_error(r))
		return 0;
	c = (struct chunk *)(r + prev);
	set_head(c, nlen - c->prev, MAPPED | INUSE);
	if ((void *)r != old) {	/* mremap keeps the page offset, so it stays large */
		__lstar_large_del((char *)old + prev + HDR);
		__lstar_large_add(user_of(c));	/* cannot grow: one out, one in */
	}
	return user_of(c);
}

/* Grow or shrink in place if the neighbourhood allows. */
static int resize_in_place(struct chunk *c, size_t size)
{
	if (size <= csize(c)) {
		split(c, size);
		return 1;
	}
	struct chunk *n = next_of(c);
	if (in_use(n) || csize(c) + csize(n) < size)
		return 0;
	bin_remove(n);
	set_head(c, csize(c) + csize(n), INUSE);
	next_of(c)->prev = csize(c);
	split(c, size);
	return 1;
}

void *__lstar_full_realloc(void *p, size_t n)
{
	if (!p)
		return __lstar_full_malloc(n);
	struct chunk *c = checked(p, 0);
	if (!n) {
		free_chunk(c);
		return 0;
	}
	if (n > MALLOC_MAX) {
		errno = ENOMEM;
		return 0;
	}
	size_t size = request_size(n);
	if (c->head & MAPPED) {
		void *q = resize_mapped(c, size);
		if (q)
			return q;
	} else if (size < MMAP_THRESHOLD && resize_in_place(c, size)) {
		return p;
	}
	void *q = __lstar_full_malloc(n);
	if (!q)
		return 0;
	size_t old = csize(c) - HDR;
	memcpy(q, p, old < n ? old : n);
	free_chunk(c);
	return q;
}

/* Over-allocate, then hand back the part before the aligned point (at
 * least MIN_CHUNK, so it can be a free chunk) and the tail. */
void *__lstar_full_memalign(size_t align, size_t n)
{
	if (align <= MALLOC_ALIGN)
		return __lstar_full_malloc(n);
	if (n > MALLOC_MAX || align > MALLOC_MAX / 4) {
		errno = ENOMEM;
		return 0;
	}
	size_t size = request_size(n);
	/* Not from a mapped over-allocation: moving that header would leave a
	 * large block at an offset maybe_large() does not recognise. */
	if (request_size(size + align + MIN_CHUNK) >= MMAP_THRESHOLD) {
		void *p = map_chunk(size, align);
		if (!p)
			errno = ENOMEM;
		return p;
	}
	char *p = __lstar_full_malloc(size + align + MIN_CHUNK);
	if (!p)
		return 0;
	struct chunk *c = chunk_of(p);
	uintptr_t user = ((uintptr_t)p + MIN_CHUNK + align - 1) & ~(uintptr_t)(align - 1);
	if (((uintptr_t)p & (align - 1)) == 0)
		user = (uintptr_t)p;
	if (user != (uintptr_t)p) {
		size_t lead = user - (uintptr_t)p;
		struct chunk *a = chunk_of((void *)user);
		a->prev = lead;
		set_head(a, csize(c) - lead, INUSE);
		next_of(a)->prev = csize(a);
		set_head(c, lead, INUSE);
		free_chunk(c);
		c = a;
	}
	split(c, size);
	return user_of(c);
}
