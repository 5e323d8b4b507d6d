#include <errno.h>
#include "syscall.h"
#include "dir_impl.h"

/* NULL with errno unchanged at the end; NULL with errno set on an error.
 * A directory removed while open reads as ending (ENOENT), as in glibc. */
struct dirent *readdir(DIR *d)
{
	if (d->pos >= d->end) {
		long n = sys_getdents64(d->fd, d->buf, __LSTAR_DIR_BUF);
		if (n <= 0) {
			if (n < 0 && n != -ENOENT)
				__syscall_ret(n);
			return 0;
		}
		d->end = (size_t)n;
		d->pos = 0;
	}
	struct dirent *e = (struct dirent *)(d->buf + d->pos);
	d->pos += e->d_reclen;
	d->tell = e->d_off;
	return e;
}

struct dirent *readdir64(DIR *d) __attribute__((alias("readdir")));
