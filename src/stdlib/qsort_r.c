#define _GNU_SOURCE
#include <stdlib.h>
#include <stdint.h>

/*
 * Introsort: median-of-three quicksort, recursing into the smaller side
 * and looping on the larger (stack depth O(log n)); when the depth budget
 * (2 log2 n) runs out, the range is heap-sorted, so the worst case is
 * O(n log n).  Short ranges are finished by insertion sort.  Not stable,
 * like glibc 2.37+.
 */
typedef int (*cmp_r)(const void *, const void *, void *);

struct ctx {
	size_t size;
	cmp_r cmp;
	void *arg;
};

static void swap(char *a, char *b, size_t size)
{
	if (a == b)
		return;
	if (!(((uintptr_t)a | (uintptr_t)b | size) & 7)) {
		for (size_t i = 0; i < size; i += 8) {
			uint64_t t = *(uint64_t *)(a + i);
			*(uint64_t *)(a + i) = *(uint64_t *)(b + i);
			*(uint64_t *)(b + i) = t;
		}
		return;
	}
	for (size_t i = 0; i < size; i++) {
		char t = a[i];
		a[i] = b[i];
		b[i] = t;
	}
}

static int less(const struct ctx *c, const char *a, const char *b)
{
	return c->cmp(a, b, c->arg) < 0;
}

static void insertion(char *base, size_t n, const struct ctx *c)
{
	for (size_t i = 1; i < n; i++)
		for (char *p = base + i * c->size; p > base && less(c, p, p - c->size); p -= c->size)
			swap(p, p - c->size, c->size);
}

static void sift_down(char *base, size_t root, size_t n, const struct ctx *c)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && less(c, base + child * c->size, base + (child + 1) * c->size))
			child++;
		if (!less(c, base + root * c->size, base + child * c->size))
			return;
		swap(base + root * c->size, base + child * c->size, c->size);
		root = child;
	}
}

static void heapsort(char *base, size_t n, const struct ctx *c)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(base, i, n, c);
	for (size_t end = n - 1; end > 0; end--) {
		swap(base, base + end * c->size, c->size);
		sift_down(base, 0, end, c);
	}
}

/* Leaves the median of first, middle and last at the front as the pivot. */
static void choose_pivot(char *base, size_t n, const struct ctx *c)
{
	char *a = base, *b = base + (n / 2) * c->size, *e = base + (n - 1) * c->size;
	if (less(c, b, a))
		swap(a, b, c->size);
	if (less(c, e, b)) {
		swap(b, e, c->size);
		if (less(c, b, a))
			swap(a, b, c->size);
	}
	swap(base, b, c->size);
}

/* Hoare partition around base[0]; returns the pivot's final index.  Equal
 * keys stop both scans, so runs of duplicates split evenly. */
static size_t partition(char *base, size_t n, const struct ctx *c)
{
	size_t size = c->size, i = 0, j = n;
	for (;;) {
		do i++; while (i < n && less(c, base + i * size, base));
		do j--; while (less(c, base, base + j * size));
		if (i >= j)
			break;
		swap(base + i * size, base + j * size, size);
	}
	swap(base, base + j * size, size);
	return j;
}

static void introsort(char *base, size_t n, unsigned depth, const struct ctx *c)
{
	while (n > 16) {
		if (!depth--) {
			heapsort(base, n, c);
			return;
		}
		choose_pivot(base, n, c);
		size_t p = partition(base, n, c);
		char *right = base + (p + 1) * c->size;
		size_t rn = n - p - 1;
		if (p < rn) {
			introsort(base, p, depth, c);
			base = right;
			n = rn;
		} else {
			introsort(right, rn, depth, c);
			n = p;
		}
	}
	insertion(base, n, c);
}

void qsort_r(void *base, size_t n, size_t size, cmp_r cmp, void *arg)
{
	struct ctx c = { size, cmp, arg };
	unsigned depth = 0;
	if (n < 2 || !size)
		return;
	for (size_t k = n; k; k >>= 1)
		depth += 2;
	introsort(base, n, depth, &c);
}
