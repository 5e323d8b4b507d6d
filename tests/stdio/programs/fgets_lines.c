/* fgets over lines of every length from 0 to 100, with n cycling from 2 to
 * 70: the 16-byte block copy (src/arch/x86_64/string_arch.h) stops before,
 * at and after each newline and each n limit.  The program writes its own
 * input with fputc and fputs, reads it back and prints every piece with n
 * and its length, and checks that fgets wrote nothing past the NUL.  The
 * same source is built with glibc to compare the output, and runs on the
 * kernel model to compare the system calls (tests/model). */
#include <stdio.h>
#include <string.h>

int main(void)
{
	FILE *f = fopen("fgets_lines.txt", "w");
	if (!f)
		return 1;
	for (int len = 0; len <= 100; len++) {
		for (int i = 0; i < len; i++)
			fputc('a' + (len + i) % 26, f);
		fputc('\n', f);
	}
	fputs("and a last line without its newline", f);
	if (fclose(f))
		return 2;
	if (!(f = fopen("fgets_lines.txt", "r")))
		return 3;
	char buf[80];
	int calls = 0;
	memset(buf, '#', sizeof buf);
	for (int n = 2; fgets(buf, n, f); n = n % 70 + 2, calls++) {
		size_t len = strlen(buf);
		printf("%2d %2zu %s%s", n, len, buf, len && buf[len - 1] == '\n' ? "" : "|\n");
		for (size_t i = len + 1; i < sizeof buf; i++)
			if (buf[i] != '#') {
				printf("byte %zu past the NUL written\n", i);
				return 4;
			}
		memset(buf, '#', sizeof buf);
	}
	printf("%d calls, feof %d, ferror %d\n", calls, feof(f) != 0, ferror(f) != 0);
	return fclose(f) ? 5 : 0;
}
