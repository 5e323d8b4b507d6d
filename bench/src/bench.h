/* Helpers shared by the benchmark programs.  They compile against lstar,
 * glibc and musl alike, so they use only what all three have had since
 * lstar's first commit: write(2), and no stdio of their own. */
#ifndef BENCH_H
#define BENCH_H

#include <string.h>
#include <unistd.h>

/* argv[i] as an unsigned decimal, or def when absent. */
static unsigned long arg_ulong(int argc, char **argv, int i, unsigned long def)
{
	unsigned long v = 0;

	if (i >= argc)
		return def;
	for (const char *p = argv[i]; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (unsigned long)(*p - '0');
	return v;
}

/* Print "name value\n" on stdout: the result a run is checked with, which
 * also keeps the compiler from deleting the measured loop. */
static void report(const char *name, unsigned long v)
{
	char buf[64];
	size_t n = strlen(name), i = sizeof buf;

	buf[--i] = '\n';
	do
		buf[--i] = (char)('0' + v % 10);
	while ((v /= 10) && i > 0);
	buf[--i] = ' ';
	if (write(1, name, n) < 0 || write(1, buf + i, sizeof buf - i) < 0)
		_exit(2);
}

#endif
