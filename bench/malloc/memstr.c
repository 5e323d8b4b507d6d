/* memcpy, memset, strlen, memchr on large buffers, and memcpy in 4 KiB and
 * 200-byte pieces: argv[1] picks the operation, argv[2] the number of
 * passes over a 16 MiB buffer. */
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	size_t n = 16 << 20;
	char *a = malloc(n + 64), *b = malloc(n + 64);
	int op = argc > 1 ? atoi(argv[1]) : 0;
	long passes = argc > 2 ? atol(argv[2]) : 100;
	size_t acc = 0;
	memset(a, 'x', n);
	memset(b, 'y', n);
	a[n] = b[n] = 0;
	for (long i = 0; i < passes; i++) {
		switch (op) {
		case 0: memcpy(b + (i & 1), a, n - 1); break;	/* misaligned half the time */
		case 1: memset(a, (int)i | 1, n); a[n] = 0; break;
		case 2: acc += strlen(a + (i & 7)); break;
		case 3: acc += (size_t)memchr(a, 0, n + 1); break;
		case 4:	/* the buffer as 4 KiB copies */
			for (size_t o = 0; o + 4096 < n; o += 4096)
				memcpy(b + o + (i & 1), a + o, 4096);
			break;
		case 5:	/* and as 200-byte copies */
			for (size_t o = 0; o + 256 < n; o += 256)
				memcpy(b + o, a + o + (i & 3), 200);
			break;
		}
		__asm__ __volatile__("" : : "r"(a), "r"(b) : "memory");
	}
	return (int)(acc & 1);
}
