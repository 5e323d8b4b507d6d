/* head [-n LINES | -c BYTES] [FILE]...: the first lines (default 10) or
 * bytes of each file, with "==> name <==" headers for several files.
 * Standard API only. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int head(FILE *f, long n, int bytes)
{
	int ch;
	while (n > 0 && (ch = getc(f)) != EOF) {
		putchar(ch);
		if (bytes || ch == '\n')
			n--;
	}
	return ferror(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
	long n = 10;
	int bytes = 0, opt, status = 0;
	char *end;

	while ((opt = getopt(argc, argv, "n:c:")) != -1) {
		if (opt == '?') {
			fprintf(stderr, "usage: %s [-n lines | -c bytes] [file...]\n", argv[0]);
			return 2;
		}
		errno = 0;
		n = strtol(optarg, &end, 10);
		if (*end || errno || n < 0) {
			fprintf(stderr, "%s: invalid number '%s'\n", argv[0], optarg);
			return 2;
		}
		bytes = opt == 'c';
	}
	if (optind == argc)
		return head(stdin, n, bytes) ? 1 : 0;
	for (int i = optind; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
		if (!f) {
			fprintf(stderr, "%s: %s: %s\n", argv[0], argv[i], strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "", argv[i]);
		if (head(f, n, bytes))
			status = 1;
		if (f != stdin)
			fclose(f);
	}
	return status;
}
