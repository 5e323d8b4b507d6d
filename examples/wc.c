/* wc [-lwc] [FILE]...: count lines, words and bytes, with a total line
 * for several files.  Standard API only. */
#define _XOPEN_SOURCE 700
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counts { unsigned long lines, words, bytes; };

static int show_l, show_w, show_c;

static int count(FILE *f, struct counts *c)
{
	int ch, in_word = 0;
	while ((ch = getc(f)) != EOF) {
		c->bytes++;
		if (ch == '\n')
			c->lines++;
		if (isspace(ch)) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			c->words++;
		}
	}
	return ferror(f) ? -1 : 0;
}

static void report(const struct counts *c, const char *name)
{
	if (show_l)
		printf("%8lu", c->lines);
	if (show_w)
		printf("%8lu", c->words);
	if (show_c)
		printf("%8lu", c->bytes);
	if (name)
		printf(" %s", name);
	putchar('\n');
}

int main(int argc, char **argv)
{
	int opt, status = 0;
	struct counts total = { 0, 0, 0 };

	while ((opt = getopt(argc, argv, "lwc")) != -1) {
		switch (opt) {
		case 'l': show_l = 1; break;
		case 'w': show_w = 1; break;
		case 'c': show_c = 1; break;
		default:
			fprintf(stderr, "usage: %s [-lwc] [file...]\n", argv[0]);
			return 2;
		}
	}
	if (!show_l && !show_w && !show_c)
		show_l = show_w = show_c = 1;
	if (optind == argc) {
		struct counts c = { 0, 0, 0 };
		if (count(stdin, &c))
			status = 1;
		report(&c, NULL);
		return status;
	}
	for (int i = optind; i < argc; i++) {
		struct counts c = { 0, 0, 0 };
		FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
		if (!f || count(f, &c)) {
			fprintf(stderr, "%s: %s: %s\n", argv[0], argv[i], strerror(errno));
			status = 1;
			if (!f)
				continue;
		}
		if (f != stdin)
			fclose(f);
		report(&c, argv[i]);
		total.lines += c.lines;
		total.words += c.words;
		total.bytes += c.bytes;
	}
	if (argc - optind > 1)
		report(&total, "total");
	return status;
}
