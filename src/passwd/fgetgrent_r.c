#include <errno.h>
#include <stdlib.h>
#include "pwd_impl.h"

/*
 * The next entry of f into buf.  ENOENT at the end of the stream (glibc's
 * value); on ERANGE the stream goes back to the start of the entry, so a
 * retry with a larger buffer reads it again.
 */
int fgetgrent_r(FILE *f, struct group *out, char *buf, size_t size, struct group **res)
{
	struct __lstar_grline b = { 0 };
	off_t at = ftello(f);
	int found = __lstar_grnext(f, &b);
	int r = found == 0 ? ENOENT : __lstar_gr_r(found, &b, out, buf, size, res);
	if (found == 0) {
		*res = NULL;
		free(b.line);
		free(b.mem);
	}
	if (r == ERANGE && at >= 0)
		fseeko(f, at, SEEK_SET);
	if (r)
		errno = r;
	return r;
}
