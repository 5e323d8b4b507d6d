/* malloc/free/realloc churn: 10,000 live slots, random sizes (mostly
 * small, some up to 4 KiB, a few 64 KiB+), deterministic.  Only libc calls
 * that every libc has; the result goes out through the exit status. */
#include <stdlib.h>
#include <string.h>

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t pick(void)
{
	unsigned r = rnd() % 1000;
	if (r < 800)
		return 8 + rnd() % 248;
	if (r < 995)
		return rnd() % 4096;
	return 65536 + rnd() % 200000;
}

int main(int argc, char **argv)
{
	enum { SLOTS = 10000 };
	static char *slot[SLOTS];
	long ops = argc > 1 ? atol(argv[1]) : 5000000;
	unsigned sum = 0;
	for (long i = 0; i < ops; i++) {
		unsigned k = rnd() % SLOTS;
		if (slot[k] && rnd() % 8 == 0) {
			slot[k] = realloc(slot[k], pick());
		} else {
			free(slot[k]);
			size_t n = pick();
			slot[k] = malloc(n);
			if (n)
				slot[k][0] = (char)i;
		}
		sum += (unsigned)(unsigned long)slot[k] >> 4;
	}
	for (unsigned k = 0; k < SLOTS; k++)
		free(slot[k]);
	return sum & 1;
}
