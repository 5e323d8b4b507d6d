#include <signal.h>
#include <stdio.h>
#include <string.h>

/* "s: description\n" on stderr (no "s: " when s is NULL or empty).  As in
 * glibc, only the classic signals 1..31 have descriptions here; others,
 * real-time ones included, print "Unknown signal N" (strsignal differs). */
void psignal(int sig, const char *s)
{
	const char *colon = s && *s ? ": " : "";
	if (!s)
		s = "";
	if (sig >= 1 && sig < 32)
		fprintf(stderr, "%s%s%s\n", s, colon, strsignal(sig));
	else
		fprintf(stderr, "%s%sUnknown signal %d\n", s, colon, sig);
}
