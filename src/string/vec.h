/*
 * SSE2 helpers shared by the fast mem and str functions.  Every x86_64 CPU
 * has SSE2, and <emmintrin.h> is the compiler's own header (on the include
 * path through -idirafter), so this is portable C for this target.
 *
 * Two rules keep these safe:
 *  - the mem* copies load with unaligned loads but only inside [p, p+n);
 *  - the str* scans read past the terminator only with 16-byte ALIGNED
 *    loads, which never cross a page boundary and so cannot fault.
 */
#ifndef LSTAR_STRING_VEC_H
#define LSTAR_STRING_VEC_H

#include <emmintrin.h>
#include <stddef.h>
#include <stdint.h>

typedef __m128i vec;

static inline vec vload(const void *p) { return _mm_loadu_si128((const vec *)p); }
/* The str* scans' aligned over-reads are safe by the rule above, but ASan
 * cannot know that: it would report the bytes past the terminator.  Only
 * this load is exempt; under ASan it is simply not inlined. */
__attribute__((no_sanitize_address))
static inline vec vload_a(const void *p) { return _mm_load_si128((const vec *)p); }
static inline void vstore(void *p, vec v) { _mm_storeu_si128((vec *)p, v); }
static inline void vstore_a(void *p, vec v) { _mm_store_si128((vec *)p, v); }
static inline vec vsplat(int c) { return _mm_set1_epi8((char)c); }

/* One bit per byte of v equal to the corresponding byte of w. */
static inline unsigned veq(vec v, vec w)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, w));
}

/*
 * Copy n bytes from s to d for n <= 64, loading everything before storing
 * anything, so it is correct for every overlap (memmove uses it too).
 */
static inline void copy_small(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 16) {
		vec a = vload(s), b = vload(s + n - 16);
		if (n > 32) {
			vec c = vload(s + 16), e = vload(s + n - 32);
			vstore(d + 16, c);
			vstore(d + n - 32, e);
		}
		vstore(d, a);
		vstore(d + n - 16, b);
	} else if (n >= 8) {
		uint64_t a, b;
		__builtin_memcpy(&a, s, 8);
		__builtin_memcpy(&b, s + n - 8, 8);
		__builtin_memcpy(d, &a, 8);
		__builtin_memcpy(d + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		__builtin_memcpy(&a, s, 4);
		__builtin_memcpy(&b, s + n - 4, 4);
		__builtin_memcpy(d, &a, 4);
		__builtin_memcpy(d + n - 4, &b, 4);
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
		d[0] = a;
		d[n / 2] = b;
		d[n - 1] = c;
	}
}

/*
 * n > 64, copying low to high.  Correct when d <= s or the buffers do not
 * overlap: the head and tail are loaded first and stored last, and each
 * loop step loads its 64 bytes before storing them.
 */
static inline void copy_fwd(unsigned char *d, const unsigned char *s, size_t n)
{
	vec head = vload(s);
	vec t0 = vload(s + n - 16), t1 = vload(s + n - 32);
	vec t2 = vload(s + n - 48), t3 = vload(s + n - 64);
	size_t skip = 16 - ((uintptr_t)d & 15);
	unsigned char *dp = d + skip, *end = d + n - 64;
	const unsigned char *sp = s + skip;
	for (; dp < end; dp += 64, sp += 64) {
		vec a = vload(sp), b = vload(sp + 16), c = vload(sp + 32), e = vload(sp + 48);
		vstore_a(dp, a);
		vstore_a(dp + 16, b);
		vstore_a(dp + 32, c);
		vstore_a(dp + 48, e);
	}
	vstore(d + n - 16, t0);
	vstore(d + n - 32, t1);
	vstore(d + n - 48, t2);
	vstore(d + n - 64, t3);
	vstore(d, head);
}

/* n > 64, high to low, for d > s with overlap: the mirror of copy_fwd. */
static inline void copy_bwd(unsigned char *d, const unsigned char *s, size_t n)
{
	vec tail = vload(s + n - 16);
	vec h0 = vload(s), h1 = vload(s + 16), h2 = vload(s + 32), h3 = vload(s + 48);
	size_t skip = (uintptr_t)(d + n) & 15;
	unsigned char *dp = d + n - skip;
	const unsigned char *sp = s + n - skip;
	for (; dp > d + 64; dp -= 64, sp -= 64) {
		vec a = vload(sp - 16), b = vload(sp - 32), c = vload(sp - 48), e = vload(sp - 64);
		vstore_a(dp - 16, a);
		vstore_a(dp - 32, b);
		vstore_a(dp - 48, c);
		vstore_a(dp - 64, e);
	}
	vstore(d, h0);
	vstore(d + 16, h1);
	vstore(d + 32, h2);
	vstore(d + 48, h3);
	vstore(d + n - 16, tail);
}

#endif
