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

/*
 * The stdio line paths (src/internal/stdio_impl.h) move whole 16-byte
 * blocks: SSE2 is in every x86_64 CPU, and one compare tests 16 bytes
 * where the portable word loop needed three 64-bit constants for 8.
 * fgets went from 275 bytes to 236 and fputs's copy shrank too, with the
 * line copy as fast (docs/size.md).  Finishing the last block with an
 * overlapping 16-byte copy instead of the callers' byte loops cut the
 * instructions a quarter but not the time, and cost seed 64 bytes.
 * Loads and stores stay inside [s, s+n) and [d, d+n).
 */
#include <emmintrin.h>

/* c in all 16 bytes.  Spread from a register: a 16-byte constant would
 * add 16 bytes of rodata and 16-byte alignment padding to the program. */
static inline __m128i arch_splat16(unsigned char c)
{
	unsigned v = c * 0x01010101u;
	__asm__("" : "+r"(v));
	return _mm_shuffle_epi32(_mm_cvtsi32_si128((int)v), 0);
}

/* Copies whole blocks from s to d while none of their bytes is c, or only
 * scans them when d is NULL; returns how many bytes that was (a multiple
 * of 16, at most n). */
static inline size_t arch_copy_blocks_upto(unsigned char *restrict d, const unsigned char *restrict s,
					   size_t n, unsigned char c)
{
	__m128i cc = arch_splat16(c);
	size_t i = 0;
	for (; i + 16 <= n; i += 16) {
		__m128i w = _mm_loadu_si128((const __m128i *)(s + i));
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(w, cc)))
			break;
		if (d)
			_mm_storeu_si128((__m128i *)(d + i), w);
	}
	return i;
}

/* Copies the whole blocks of [s, s+n) to d; returns how many bytes that
 * was (n rounded down to 16). */
static inline size_t arch_copy_blocks(unsigned char *restrict d, const unsigned char *restrict s, size_t n)
{
	size_t i = 0;
	for (; i + 16 <= n; i += 16)
		_mm_storeu_si128((__m128i *)(d + i), _mm_loadu_si128((const __m128i *)(s + i)));
	return i;
}

/* strlen for the line paths: aligned 16-byte loads, which may read past
 * the NUL but never cross a page, so never fault.  ASan cannot know that:
 * exempt (under ASan it is then called rather than inlined).  This is the
 * head of src/string/strlen.c without its 64-byte unrolled loop: fputs
 * calling strlen instead was measured at 128 bytes more in an fputs
 * program (1,840 against 1,712) and 6% more line-copy instructions. */
__attribute__((no_sanitize_address))
static inline size_t arch_strlen(const char *str)
{
	const char *p = (const char *)((unsigned long)str & ~15ul);
	__m128i z = _mm_setzero_si128();
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), z));
	m >>= str - p;
	if (m)
		return (size_t)__builtin_ctz(m);
	for (;;) {
		p += 16;
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)p), z));
		if (m)
			return (size_t)(p - str) + (size_t)__builtin_ctz(m);
	}
}

#endif
