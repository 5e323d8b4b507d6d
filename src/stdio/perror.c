#include <string.h>
#include "stdio_impl.h"

/*
 * "s: message\n" reaches stderr in one write (stderr is unbuffered, so one
 * fwritex is one write): the parts are joined on the stack first.  A prefix
 * too long for that goes out in parts rather than truncated.  errno is the
 * caller's on return.
 */
void perror(const char *s)
{
	FILE *f = &__lstar_stderr_FILE;
	int e = errno;
	const char *msg = strerror(e);
	size_t ls = s && *s ? strlen(s) : 0, lm = strlen(msg);
	unsigned char line[256];

	if (ls + lm + 3 <= sizeof line) {
		size_t n = 0;
		if (ls) {
			memcpy(line, s, ls);
			memcpy(line + ls, ": ", 2);
			n = ls + 2;
		}
		memcpy(line + n, msg, lm);
		line[n + lm] = '\n';
		__lstar_fwritex(line, n + lm + 1, f);
	} else {
		if (ls) {
			__lstar_fwrite_part((const unsigned char *)s, ls, f, 0);
			__lstar_fwrite_part((const unsigned char *)": ", 2, f, 0);
		}
		__lstar_fwrite_part((const unsigned char *)msg, lm, f, 0);
		__lstar_fwritex((const unsigned char *)"\n", 1, f);
	}
	errno = e;
}
