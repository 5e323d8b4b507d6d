/* Numbered arguments (POSIX %n$, *m$) through stdout, dprintf and snprintf;
 * output longer than vfprintf's 1 KiB chunk, so the second pass flushes. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	printf("%2$s %1$s\n", "world", "hello");
	printf("%3$*1$.*2$f|%4$-*1$d|%4$x %%\n", 12, 3, 3.14159, 255);
	printf("%1$Lf %2$e %1$.3Le %3$lld %4$c %5$p\n", 1.0L / 3, 2.5e-7, -9223372036854775807LL - 1,
	       'z', (void *)0x1234);
	for (int i = 0; i < 40; i++)
		printf("%4$s %2$5d %1$08.3f %3$#x %2$d\n", i / 7.0, i, i * 2654435761u,
		       i % 2 ? "odd" : "even");
	printf("%2$.1000f|%1$s\n", "end", 1e300);
	int n = snprintf(buf, sizeof buf, "%3$s-%2$s-%1$s", "c", "b", "a");
	printf("%1$d [%2$s]\n", n, buf);
	fflush(stdout);
	dprintf(1, "%2$s %1$d\n", 7, "dprintf");
	return 0;
}
