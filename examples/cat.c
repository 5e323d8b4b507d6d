/* cat [-n] [FILE]...: copy files (or standard input, "-") to standard
 * output; -n numbers the lines.  Written against the standard C and POSIX
 * API only: it builds the same with lstar-cc and with the host's cc. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int number;
static unsigned long line = 1;
static int at_line_start = 1;

static int copy(FILE *in)
{
	char buf[8192];
	size_t n;

	while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
		if (!number) {
			if (fwrite(buf, 1, n, stdout) != n)
				return -1;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			if (at_line_start)
				printf("%6lu\t", line++);
			putchar(buf[i]);
			at_line_start = buf[i] == '\n';
		}
	}
	return ferror(in) ? -1 : 0;
}

int main(int argc, char **argv)
{
	int c, status = 0;

	while ((c = getopt(argc, argv, "n")) != -1) {
		if (c != 'n') {
			fprintf(stderr, "usage: %s [-n] [file...]\n", argv[0]);
			return 2;
		}
		number = 1;
	}
	if (optind == argc)
		argv[--optind] = "-";
	for (int i = optind; i < argc; i++) {
		int is_stdin = !strcmp(argv[i], "-");
		FILE *f = is_stdin ? stdin : fopen(argv[i], "r");
		if (!f || copy(f)) {
			fprintf(stderr, "%s: %s: %s\n", argv[0], argv[i], strerror(errno));
			status = 1;
		}
		if (f && !is_stdin)
			fclose(f);
	}
	if (fflush(stdout)) {
		fprintf(stderr, "%s: write error: %s\n", argv[0], strerror(errno));
		status = 1;
	}
	return status;
}
