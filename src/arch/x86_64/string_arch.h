/*
 * x86_64 block copy for large sizes, used by src/string/memcpy.c.  From
 * about 2 KiB, `rep movsb` runs at the cache line rate on CPUs with ERMS
 * (Ivy Bridge and later, Zen) and costs a fixed startup below that, so the
 * SSE2 loops in src/string/vec.h handle smaller sizes.  (memset stays with
 * SSE2 stores: measured faster here than glibc's, see bench/malloc.)
 * Forward copy only: memmove uses it only when d < s or apart.
 */
#ifndef LSTAR_STRING_ARCH_H
#define LSTAR_STRING_ARCH_H
#include <stddef.h>

#define ARCH_REP_THRESHOLD 2048

static inline void arch_copy_fwd(void *d, const void *s, size_t n)
{
	__asm__ __volatile__("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
}

#endif
