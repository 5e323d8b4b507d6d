#include <errno.h>
#include <stdlib.h>
#include "pwd_impl.h"

/*
 * The next entry of f into buf.  ENOENT at the end of the stream (glibc's
 * value); on ERANGE the stream goes back to the start of the entry, so a
 * retry with a larger buffer reads it again.
 */
int fgetpwent_r(FILE *f, struct passwd *out, char *buf, size_t size, struct passwd **res)
{
	struct __lstar_pwline b = { 0 };
	off_t at = ftello(f);
	int found = __lstar_pwnext(f, &b);
	int r = found == 0 ? ENOENT : __lstar_pw_r(found, &b, out, buf, size, res);
	if (found == 0) {
		*res = NULL;
		free(b.line);
	}
	if (r == ERANGE && at >= 0)
		fseeko(f, at, SEEK_SET);
	if (r)
		errno = r;
	return r;
}
