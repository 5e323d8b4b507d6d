/* lstar's allocator (the full one: the hosted library links free): bad
 * input, alignment, usable size, memory given back to the kernel, misuse
 * detection in a child process, and a long random stress with content
 * checks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <cmocka.h>
#include "libc_api.h"

static uint64_t rng = 0x2545f4914f6cdd1dULL;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void test_bad_sizes(void **state)
{
	(void)state;
	size_t huge[] = { SIZE_MAX, SIZE_MAX - 15, (size_t)PTRDIFF_MAX, (size_t)PTRDIFF_MAX + 1, SIZE_MAX / 2 - 4096 };
	for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
		lstar_errno = 0;
		assert_null(lstar_malloc(huge[i]));
		assert_int_equal(lstar_errno, ENOMEM);
		void *p = lstar_malloc(10);
		lstar_errno = 0;
		assert_null(lstar_realloc(p, huge[i]));
		assert_int_equal(lstar_errno, ENOMEM);
		lstar_free(p);		/* p is still valid after a failed realloc */
		lstar_errno = 0;
		assert_null(lstar_aligned_alloc(64, huge[i]));
		assert_int_equal(lstar_errno, ENOMEM);
	}
	lstar_errno = 0;
	assert_null(lstar_calloc(SIZE_MAX / 2, 3));
	assert_int_equal(lstar_errno, ENOMEM);
	lstar_errno = 0;
	assert_null(lstar_calloc((size_t)1 << 32, (size_t)1 << 32));
	assert_int_equal(lstar_errno, ENOMEM);
	void *p = lstar_malloc(8);
	lstar_errno = 0;
	assert_null(lstar_reallocarray(p, SIZE_MAX / 8, 9));
	assert_int_equal(lstar_errno, ENOMEM);
	p = lstar_reallocarray(p, 100, 4);
	assert_non_null(p);
	assert_true(lstar_malloc_usable_size(p) >= 400);
	lstar_free(p);
	lstar_free(NULL);
}

static void test_zero_and_realloc(void **state)
{
	(void)state;
	void *a = lstar_malloc(0), *b = lstar_malloc(0);
	assert_non_null(a);
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	lstar_free(a);
	lstar_free(b);
	char *p = lstar_realloc(NULL, 50);
	assert_non_null(p);
	memset(p, 'x', 50);
	p = lstar_realloc(p, 5000);
	for (int i = 0; i < 50; i++)
		assert_int_equal(p[i], 'x');
	p = lstar_realloc(p, 10);
	for (int i = 0; i < 10; i++)
		assert_int_equal(p[i], 'x');
	assert_null(lstar_realloc(p, 0));	/* frees, returns NULL, as glibc */
	/* calloc returns zeroed memory even where freed data lay */
	for (int round = 0; round < 50; round++) {
		size_t n = 1 + rnd() % 3000;
		unsigned char *d = lstar_malloc(n);
		memset(d, 0xee, n);
		lstar_free(d);
		unsigned char *z = lstar_calloc(n, 1);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(z[i], 0);
		lstar_free(z);
	}
	unsigned char *big = lstar_calloc(1 << 20, 3);
	for (size_t i = 0; i < 3u << 20; i += 4093)
		assert_int_equal(big[i], 0);
	lstar_free(big);
}

static void test_alignment(void **state)
{
	(void)state;
	for (int i = 0; i < 2000; i++) {
		void *p = lstar_malloc(rnd() % 300000);
		assert_int_equal((uintptr_t)p % 16, 0);
		lstar_free(p);
	}
	for (size_t align = 1; align <= ((size_t)1 << 21); align <<= 1)
		for (size_t n = 0; n < 5000; n = n * 3 + 1) {
			void *p = lstar_aligned_alloc(align, n);
			assert_non_null(p);
			assert_int_equal((uintptr_t)p % align, 0);
			memset(p, 1, n);
			assert_true(lstar_malloc_usable_size(p) >= n);
			void *q = lstar_memalign(align, n + 200000);
			assert_int_equal((uintptr_t)q % align, 0);
			memset(q, 2, n + 200000);
			void *r = NULL;
			if (align >= sizeof(void *)) {
				assert_int_equal(lstar_posix_memalign(&r, align, n), 0);
				assert_int_equal((uintptr_t)r % align, 0);
				memset(r, 3, n);
			}
			lstar_free(p);
			lstar_free(q);
			lstar_free(r);
		}
	void *v = lstar_valloc(100);
	assert_int_equal((uintptr_t)v % 4096, 0);
	lstar_free(v);

	size_t bad[] = { 0, 3, 24, 48, SIZE_MAX };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		lstar_errno = 0;
		assert_null(lstar_aligned_alloc(bad[i], 64));
		assert_int_equal(lstar_errno, EINVAL);
		lstar_errno = 0;
		assert_null(lstar_memalign(bad[i], 64));
		assert_int_equal(lstar_errno, EINVAL);
		void *out = (void *)0x1234;
		assert_int_equal(lstar_posix_memalign(&out, bad[i], 64), EINVAL);
		assert_ptr_equal(out, (void *)0x1234);	/* untouched on error */
	}
	void *out = (void *)0x1234;
	assert_int_equal(lstar_posix_memalign(&out, 4, 64), EINVAL);	/* < sizeof(void *) */
	lstar_errno = 0;
	assert_int_equal(lstar_posix_memalign(&out, 64, SIZE_MAX), ENOMEM);
	assert_int_equal(lstar_errno, 0);		/* reported by return only */
}

static void test_usable_size(void **state)
{
	(void)state;
	assert_int_equal(lstar_malloc_usable_size(NULL), 0);
	for (size_t n = 0; n < 300000; n = n * 2 + 1) {
		unsigned char *p = lstar_malloc(n);
		size_t u = lstar_malloc_usable_size(p);
		assert_true(u >= n);
		assert_true(u <= n + 4096 + 64);	/* not absurdly wasteful */
		memset(p, 0x5a, u);			/* all of it is ours */
		unsigned char *q = lstar_malloc(64);
		memset(q, 0xa5, 64);
		for (size_t i = 0; i < u; i++)
			assert_int_equal(p[i], 0x5a);
		lstar_free(q);
		lstar_free(p);
	}
}

static long vm_pages(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long pages = -1;
	if (f) {
		if (fscanf(f, "%ld", &pages) != 1)
			pages = -1;
		fclose(f);
	}
	return pages;
}

/* Freed memory goes back to the kernel: big blocks at once, arenas when
 * they empty (one, the newest, may be kept). */
static void test_returns_memory(void **state)
{
	(void)state;
	long base = vm_pages();
	if (base < 0)
		skip();
	void *big = lstar_malloc(64 << 20);
	assert_true(vm_pages() - base >= (64 << 20) / 4096);
	lstar_free(big);
	assert_true(vm_pages() - base < 1024);

	enum { N = 100000 };
	static void *ptrs[N];
	for (int i = 0; i < N; i++)
		ptrs[i] = lstar_malloc(500 + i % 500);	/* ~75 MiB */
	assert_true(vm_pages() - base > (50 << 20) / 4096);
	for (int i = 0; i < N; i++)
		lstar_free(ptrs[(i * 7919) % N]);	/* scattered order */
	long kept = vm_pages() - base;
	if (kept > (20 << 20) / 4096)
		fail_msg("%ld KiB still mapped after freeing everything", kept * 4);
}

/* Growing a mapped block: mremap may move it; the contents and the header
 * must survive (a move once read the header from the old mapping). */
static void test_realloc_mapped_moves(void **state)
{
	(void)state;
	size_t n = 200000;
	unsigned char *p = lstar_malloc(n);
	void *others[40];
	int moves = 0;
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 13);
	for (int round = 0; round < 40; round++) {
		others[round] = lstar_malloc(150000);	/* neighbours in the way */
		size_t m = n + n / 2;
		unsigned char *q = lstar_realloc(p, m);
		assert_non_null(q);
		moves += q != p;
		for (size_t i = 0; i < n; i += 7)
			assert_int_equal(q[i], (unsigned char)(i * 13));
		for (size_t i = n; i < m; i++)
			q[i] = (unsigned char)(i * 13);
		assert_true(lstar_malloc_usable_size(q) >= m);
		p = q;
		n = m < (64u << 20) ? m : n;
	}
	assert_true(moves > 0);
	p = lstar_realloc(p, 1000);	/* back below the threshold: copied */
	for (size_t i = 0; i < 1000; i++)
		assert_int_equal(p[i], (unsigned char)(i * 13));
	lstar_free(p);
	for (int round = 0; round < 40; round++)
		lstar_free(others[round]);
}

/* Run fn in a child; it must die of SIGABRT with msg on stderr. */
static void expect_abort(void (*fn)(void), const char *msg)
{
	int pipefd[2];
	assert_int_equal(pipe(pipefd), 0);
	pid_t pid = fork();
	if (!pid) {
		dup2(pipefd[1], 2);
		fn();
		_exit(0);
	}
	close(pipefd[1]);
	char out[256] = "";
	ssize_t n = read(pipefd[0], out, sizeof out - 1);
	out[n > 0 ? n : 0] = 0;
	close(pipefd[0]);
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (!WIFSIGNALED(st) || WTERMSIG(st) != SIGABRT)
		fail_msg("expected SIGABRT (%s), got status %#x", msg, st);
	assert_non_null(strstr(out, msg));
}

static void double_free(void) { void *p = lstar_malloc(40); lstar_malloc(40); lstar_free(p); lstar_free(p); }
static void double_free_merged(void)
{
	void *a = lstar_malloc(100), *b = lstar_malloc(100);
	lstar_malloc(100);
	lstar_free(a);
	lstar_free(b);		/* b merges into a */
	lstar_free(b);
}
static void invalid_free(void) { char *p = lstar_malloc(100); lstar_free(p + 32); }
static void stack_free(void) { char buf[64] = { 0 }; lstar_free(buf + 16); }
static void realloc_freed(void) { void *p = lstar_malloc(50); lstar_malloc(8); lstar_free(p); lstar_realloc(p, 100); }
/* Nothing promises two blocks are neighbours (free lists and the small-size
 * cache depend on the heap's history), so allocate until q directly follows
 * p; then the overflow is sure to reach q's 16-byte header. */
static void overflow_corrupts(void)
{
	char *p = lstar_malloc(3000), *q = lstar_malloc(3000);
	for (int i = 0; i < 1000 && q != p + lstar_malloc_usable_size(p) + 16; i++) {
		p = q;
		q = lstar_malloc(3000);
	}
	if (q != p + lstar_malloc_usable_size(p) + 16)
		_exit(3);	/* no adjacent pair: the parent reports a wrong status */
	memset(p, 0x41, lstar_malloc_usable_size(p) + 16);	/* writes over q's header */
	lstar_free(q);
}

/* Large blocks (own mapping): their header is gone with the mapping, so
 * the allocator must know a second free without reading it. */
static void large_double_free(void) { void *p = lstar_malloc(200000); lstar_free(p); lstar_free(p); }
static void large_aligned_double_free(void)
{
	void *p = lstar_aligned_alloc(64, 150000), *q = lstar_aligned_alloc(8192, 300000);
	lstar_free(q);
	lstar_free(p);
	lstar_free(q);
}
/* Long after: the block has left the short list of recent frees. */
static void large_double_free_later(void)
{
	void *p = lstar_malloc(1 << 20);
	lstar_free(p);
	for (int i = 0; i < 50; i++)
		lstar_free(lstar_malloc(131072 + i * 4096));
	lstar_free(p);
}
/* Many live large blocks (the registry outgrows its static table). */
static void large_double_free_many(void)
{
	static void *v[300];
	for (int i = 0; i < 300; i++)
		v[i] = lstar_malloc(140000);
	for (int i = 0; i < 300; i += 2)
		lstar_free(v[i]);
	lstar_free(v[1]);
	lstar_free(v[1]);
}
static void large_interior_free(void) { char *p = lstar_malloc(300000); lstar_free(p + 8192); }
static void large_realloc_freed(void) { void *p = lstar_malloc(200000); lstar_free(p); lstar_realloc(p, 10); }
/* realloc moved the block: the old pointer is freed. */
static void large_free_after_move(void)
{
	char *p = lstar_malloc(200000);
	char *q = p;
	for (int i = 0; i < 40 && q == p; i++) {
		lstar_malloc(150000);	/* something in the way */
		q = lstar_realloc(p, 400000 + i * 100000);
	}
	if (q == p)
		_exit(3);
	lstar_free(p);
}
/* An address with nothing mapped there at all. */
static void unmapped_free(void)
{
	char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(m, 8192);
	lstar_free(m + 4096 + 16);
}

static void test_large_misuse_aborts(void **state)
{
	(void)state;
	expect_abort(large_double_free, "free(): double free detected");
	expect_abort(large_aligned_double_free, "free(): double free detected");
	expect_abort(large_double_free_later, "free(): invalid pointer");
	expect_abort(large_double_free_many, "free(): double free detected");
	expect_abort(large_interior_free, "free(): invalid pointer");
	expect_abort(large_realloc_freed, "realloc(): invalid pointer (already freed)");
	expect_abort(large_free_after_move, "free(): double free detected");
	expect_abort(unmapped_free, "free(): invalid pointer");
}

/* Small blocks at the page offsets large blocks use (0 and 16) take the
 * registry's slow path; they must still be freed and reused normally. */
static void test_small_at_large_offsets(void **state)
{
	(void)state;
	enum { N = 20000 };
	static char *v[N];
	int hits = 0;
	for (int i = 0; i < N; i++) {
		v[i] = lstar_malloc(16 + (i % 7) * 16);
		hits += ((uintptr_t)v[i] & 4095) <= 16;
	}
	assert_true(hits > 10);
	for (int i = 0; i < N; i++)
		lstar_free(v[i]);
	void *big[100];
	for (int i = 0; i < 100; i++)
		big[i] = lstar_memalign(i % 2 ? 32 : 16, 140000 + i);
	for (int i = 0; i < 100; i++) {
		assert_true(((uintptr_t)big[i] & 4095) <= 16);
		lstar_free(big[i]);
	}
}

static void test_misuse_aborts(void **state)
{
	(void)state;
	expect_abort(double_free, "double free");
	expect_abort(double_free_merged, "double free");
	expect_abort(invalid_free, "free(): invalid pointer");
	expect_abort(stack_free, "free(): invalid pointer");
	expect_abort(realloc_freed, "realloc()");
	expect_abort(overflow_corrupts, "free(): invalid pointer");
}

/* Random malloc/realloc/free/calloc/aligned_alloc with every block filled
 * with a pattern derived from its slot and checked before it changes. */
enum { SLOTS = 4096 };
static struct { unsigned char *p; size_t n; unsigned char tag; } slot[SLOTS];

static size_t pick_size(void)
{
	uint64_t r = rnd() % 1000;
	if (r < 700)
		return rnd() % 128;
	if (r < 950)
		return rnd() % 2048;
	if (r < 997)
		return rnd() % 65536;
	return 100000 + rnd() % 400000;
}

static void fill_slot(int i, size_t from)
{
	for (size_t k = from; k < slot[i].n; k++)
		slot[i].p[k] = (unsigned char)(slot[i].tag + k * 7);
}

/* Every byte of the first and last 128, and every 61st between: a stray
 * write of any length that lands in a block is caught. */
static void check_slot(int i, size_t upto)
{
	size_t n = upto < slot[i].n ? upto : slot[i].n;
	for (size_t k = 0; k < n; k += (k < 128 || k + 128 >= n) ? 1 : 61)
		if (slot[i].p[k] != (unsigned char)(slot[i].tag + k * 7))
			fail_msg("slot %d (%zu bytes) corrupted at %zu", i, slot[i].n, k);
}

static void test_stress(void **state)
{
	(void)state;
	long ops = 2000000;
	for (long op = 0; op < ops; op++) {
		int i = rnd() % SLOTS;
		unsigned kind = rnd() % 10;
		if (slot[i].p)
			check_slot(i, slot[i].n < 64 ? slot[i].n : 64);
		if (!slot[i].p || kind < 2) {
			lstar_free(slot[i].p);
			size_t n = pick_size();
			unsigned choice = rnd() % 8;
			if (choice == 0) {
				slot[i].p = lstar_calloc(n, 1);
				unsigned char any = 0;
				for (size_t k = 0; k < n; k++)
					any |= slot[i].p[k];
				assert_int_equal(any, 0);
			} else if (choice == 1) {
				size_t al = (size_t)16 << (rnd() % 9);
				slot[i].p = lstar_aligned_alloc(al, n);
				assert_int_equal((uintptr_t)slot[i].p % al, 0);
			} else {
				slot[i].p = lstar_malloc(n);
			}
			assert_non_null(slot[i].p);
			slot[i].n = n;
			slot[i].tag = (unsigned char)rnd();
			fill_slot(i, 0);
		} else if (kind < 5) {
			check_slot(i, slot[i].n);
			size_t n = pick_size();
			unsigned char *q = lstar_realloc(slot[i].p, n);
			if (!n) {
				assert_null(q);
				slot[i].p = NULL;
				continue;
			}
			assert_non_null(q);
			size_t old = slot[i].n;
			slot[i].p = q;
			slot[i].n = n;
			check_slot(i, old);
			fill_slot(i, old < n ? old : n);
		} else if (kind < 8) {
			check_slot(i, slot[i].n);
			lstar_free(slot[i].p);
			slot[i].p = NULL;
		}
	}
	for (int i = 0; i < SLOTS; i++) {
		if (slot[i].p)
			check_slot(i, slot[i].n);
		lstar_free(slot[i].p);
		slot[i].p = NULL;
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bad_sizes),
		cmocka_unit_test(test_zero_and_realloc),
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_usable_size),
		cmocka_unit_test(test_returns_memory),
		cmocka_unit_test(test_realloc_mapped_moves),
		cmocka_unit_test(test_misuse_aborts),
		cmocka_unit_test(test_large_misuse_aborts),
		cmocka_unit_test(test_small_at_large_offsets),
		cmocka_unit_test(test_stress),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
