/* sscanf's m modifier and wide forms in a static program: small items
 * come from the allocator's static seed, so the only system calls are
 * printf's write and exit (run.py pins them). */
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>

#ifdef __clang__
/* clang 14's format checker does not know POSIX's m modifier */
#pragma clang diagnostic ignored "-Wformat"
#pragma clang diagnostic ignored "-Wformat-invalid-specifier"
#pragma clang diagnostic ignored "-Wformat-extra-args"
#endif

int main(int argc, char **argv)
{
	char *word = NULL, *rest = NULL;
	wchar_t *wide = NULL, wc[2];
	int n = 0;
	if (argc < 2)
		return 2;
	int r = sscanf(argv[1], "%ms %mls %2lc%d %m[^\n]", &word, &wide, wc, &n, &rest);
	if (r != 5)
		return 1;
	printf("%s|", word);
	for (wchar_t *p = wide; *p; p++)
		printf("%c", (char)*p);
	printf("|%c%c|%d|%s\n", (char)wc[0], (char)wc[1], n, rest);
	free(word);
	free(wide);
	free(rest);
	return 0;
}
