#include <string.h>
#include <errno.h>
#include "syscall.h"
#include "malloc_impl.h"

/*
 * The allocator for programs that never free.  Each block has a 16-byte
 * header holding its usable size (for realloc and malloc_usable_size).
 * Memory is handed out once and never reused, so it is always still zero
 * from the kernel: calloc skips its memset.  Requests of MMAP_THRESHOLD or
 * more get a mapping of their own; smaller ones come from the seed arena,
 * then from 256 KiB regions (the unused tail of the last one is dropped).
 */
#define REGION (256 * 1024)

static unsigned char *cur = __lstar_malloc_seed;
static unsigned char *end = __lstar_malloc_seed + SEED_SIZE;

struct bump_head { size_t size, pad; };

static size_t round_up(size_t n, size_t a)
{
	return (n + a - 1) & ~(a - 1);
}

static void *carve(unsigned char **from, size_t n, size_t align)
{
	uintptr_t user = round_up((uintptr_t)*from + sizeof(struct bump_head), align);
	struct bump_head *h = (struct bump_head *)user - 1;
	h->size = n;
	*from = (unsigned char *)round_up(user + n, MALLOC_ALIGN);
	return (void *)user;
}

void *__lstar_bump_alloc(size_t n, size_t align)
{
	if (n > MALLOC_MAX || align > MALLOC_MAX / 2) {
		errno = ENOMEM;
		return 0;
	}
	n = round_up(n ? n : 1, MALLOC_ALIGN);
	size_t need = n + align + sizeof(struct bump_head);
	if ((size_t)(end - cur) >= need)
		return carve(&cur, n, align);
	if (need >= MMAP_THRESHOLD) {
		unsigned char *m = __lstar_page_map(round_up(need, 4096));
		if (!m) {
			errno = ENOMEM;
			return 0;
		}
		return carve(&m, n, align);
	}
	unsigned char *m = __lstar_page_map(REGION);
	if (!m) {
		errno = ENOMEM;
		return 0;
	}
	cur = m;
	end = m + REGION;
	return carve(&cur, n, align);
}

size_t __lstar_bump_usable_size(void *p)
{
	return p ? ((struct bump_head *)p - 1)->size : 0;
}

/* The most recent block grows in place when its region has room. */
void *__lstar_bump_realloc(void *p, size_t n)
{
	if (!p)
		return __lstar_bump_alloc(n, MALLOC_ALIGN);
	struct bump_head *h = (struct bump_head *)p - 1;
	if (n <= h->size)
		return p;
	size_t want = round_up(n, MALLOC_ALIGN);
	if (n <= MALLOC_MAX && (unsigned char *)p + h->size == cur &&
	    (size_t)(end - (unsigned char *)p) >= want) {
		cur = (unsigned char *)p + want;
		h->size = want;
		return p;
	}
	void *q = __lstar_bump_alloc(n, MALLOC_ALIGN);
	if (q)
		memcpy(q, p, h->size);
	return q;
}
