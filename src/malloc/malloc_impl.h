/*
 * Two allocators behind one set of public functions (docs/malloc.md).
 *
 * bump.c  serves programs that never call free: memory is carved from a
 *         static seed arena, then from mmap'd regions, and never reused.
 * full.c  the real allocator, linked only when the program references
 *         free(): free.c calls __lstar_full_free, which pulls full.c out of
 *         libc.a, and full.c defines every __lstar_full_* hook.  The public
 *         functions test the weak hook __lstar_full_malloc to know which
 *         allocator the link chose; the choice is fixed at link time, so
 *         the two never see each other's blocks.
 */
#ifndef LSTAR_MALLOC_IMPL_H
#define LSTAR_MALLOC_IMPL_H
#include <stddef.h>
#include <stdint.h>
#include "libc.h"
#include "syscall.h"

#define MALLOC_ALIGN 16
/* Requests at least this big get their own mapping (as glibc's default). */
#define MMAP_THRESHOLD (128 * 1024)
/* Anything bigger cannot be a valid object size (ptrdiff_t must hold it). */
#define MALLOC_MAX ((size_t)PTRDIFF_MAX - 2 * 4096)

/* The first small blocks come from here, so the first malloc makes no
 * system call (stdio's buffers and getline rely on that). */
#define SEED_SIZE (32 * 1024)
extern unsigned char __lstar_malloc_seed[SEED_SIZE] __hidden;

void *__lstar_bump_alloc(size_t n, size_t align) __hidden;
void *__lstar_bump_realloc(void *p, size_t n) __hidden;
size_t __lstar_bump_usable_size(void *p) __hidden;

void *__lstar_full_malloc(size_t n) __weak __hidden;
void __lstar_full_free(void *p) __hidden;
void *__lstar_full_realloc(void *p, size_t n) __weak __hidden;
void *__lstar_full_memalign(size_t align, size_t n) __weak __hidden;
size_t __lstar_full_usable_size(void *p) __weak __hidden;
int __lstar_full_is_zeroed(void *p) __weak __hidden;

/* The registry of live large blocks (large.c): add fails only when the
 * table cannot grow; has and del never touch the block itself. */
int __lstar_large_add(void *p) __hidden;
int __lstar_large_has(void *p) __hidden;
void __lstar_large_del(void *p) __hidden;
int __lstar_large_was_freed(void *p) __hidden;

/* Common entry for memalign, aligned_alloc, posix_memalign, valloc:
 * align is already checked to be a power of two. */
void *__lstar_memalign(size_t align, size_t n) __hidden;

/* Write "what: msg" to stderr and abort: heap misuse is never silent. */
_Noreturn void __lstar_malloc_fail(const char *msg) __hidden;

static inline void *__lstar_page_map(size_t len)
{
	long r = sys_mmap(0, len, 3 /* PROT_READ|PROT_WRITE */,
			  0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	return __syscall_is_error(r) ? 0 : (void *)r;
}
#endif
