/* Minimal checking for the static test programs in this folder: they are
 * built with lstar-cc and must not depend on stdio (a separate branch).
 * CHECK prints the failing line to fd 2 and exits 1. */
#ifndef PROCESS_CHECK_H
#define PROCESS_CHECK_H
#include <unistd.h>
#include <string.h>

static void put(int fd, const char *s)
{
	write(fd, s, strlen(s));
}

static void put_long(int fd, long v)
{
	char b[24];
	int n = sizeof b;
	unsigned long u = v < 0 ? 0 - (unsigned long)v : (unsigned long)v;
	do {
		b[--n] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		b[--n] = '-';
	write(fd, b + n, sizeof b - n);
}

#define CHECK(c) do { if (!(c)) { put(2, __FILE__ ":"); put_long(2, __LINE__); \
	put(2, ": check failed: " #c "\n"); _exit(1); } } while (0)
#endif
