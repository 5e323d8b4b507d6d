#include <errno.h>
#include <string.h>
#include "dir_impl.h"

/* Deprecated by POSIX but still used: copies the entry out and returns an
 * error number instead of setting errno. */
int readdir_r(DIR *restrict d, struct dirent *restrict e, struct dirent **restrict res)
{
	int old = errno;
	errno = 0;
	struct dirent *r = readdir(d);
	int err = errno;
	errno = old;
	if (!r) {
		*res = 0;
		return err;
	}
	memcpy(e, r, r->d_reclen < sizeof *e ? r->d_reclen : sizeof *e);
	*res = e;
	return 0;
}
