/* Uses malloc, calloc, realloc, aligned_alloc but never free: links the
 * bump allocator only (checked with nm by check.py). Exit status 0 means
 * every check held; otherwise the failing check's number. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	volatile size_t huge = SIZE_MAX;
	/* volatile: compilers may delete an allocation whose result is only
	 * compared, assuming it succeeded */
	char *volatile a = malloc(0), *volatile b = malloc(0);
	if (!a || !b || a == b)
		return 1;
	/* (errno is checked by the hosted suite: clang, with any libc,
	 * assumes malloc leaves errno alone and folds the check away) */
	void *volatile fail = malloc(huge);
	if (fail)
		return 2;
	fail = calloc(huge / 2, 4);
	if (fail)
		return 3;
	/* more than the static seed: continues in mapped regions */
	for (int i = 0; i < 2000; i++) {
		unsigned char *p = malloc(100 + i);
		if (!p || (uintptr_t)p % 16)
			return 4;
		memset(p, 0xff, 100 + i);
		if (malloc_usable_size(p) < 100u + i)
			return 5;
	}
	unsigned char *z = calloc(1000, 10);
	for (int i = 0; i < 10000; i++)
		if (z[i])
			return 6;
	char *r = malloc(10);
	memcpy(r, "abcdefghi", 10);
	for (size_t n = 20; n < 1000000; n *= 3) {
		r = realloc(r, n);
		if (!r || memcmp(r, "abcdefghi", 10))
			return 7;
		memset(r + 10, 'x', n - 10);
	}
	void *al = aligned_alloc(4096, 100);
	if (!al || (uintptr_t)al % 4096)
		return 8;
	char *big = malloc(3 << 20);
	if (!big)
		return 9;
	memset(big, 1, 3 << 20);
	write(1, "bump ok\n", 8);
	return 0;
}
