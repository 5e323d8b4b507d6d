#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "warn_impl.h"

/*
 * The bytes are glibc's: "name: " fmt ": " strerror(errno) "\n", where name
 * is program_invocation_short_name, fmt == NULL drops the message (and,
 * with errno, its ": "), and stdout is not flushed first.  glibc writes the
 * pieces separately; here a line that fits the stack buffer goes out in
 * one fwrite, so lines from concurrent processes do not interleave.  A
 * longer line goes out in parts rather than truncated.
 */
void __lstar_vwarn(const char *fmt, va_list ap, int with_errno)
{
	int e = errno;
	const char *name = program_invocation_short_name;
	const char *msg = with_errno ? strerror(e) : "";
	const char *sep = with_errno && fmt ? ": " : "";
	char line[512];
	size_t n = (size_t)snprintf(line, sizeof line, "%s: ", name);

	if (n < sizeof line && fmt) {
		va_list aq;
		va_copy(aq, ap);
		int m = vsnprintf(line + n, sizeof line - n, fmt, aq);
		va_end(aq);
		n = m < 0 ? sizeof line : n + (size_t)m;
	}
	if (n < sizeof line)
		n += (size_t)snprintf(line + n, sizeof line - n, "%s%s\n", sep, msg);
	if (n < sizeof line) {
		fwrite(line, 1, n, stderr);
	} else {
		fprintf(stderr, "%s: ", name);
		if (fmt)
			vfprintf(stderr, fmt, ap);
		fprintf(stderr, "%s%s\n", sep, msg);
	}
	errno = e;
}
