#include <fcntl.h>
#include "stdio_impl.h"

/*
 * The stream keeps its descriptor number: the new file is dup3'ed onto it,
 * so freopen(path, "w", stdout) really redirects fd 1 (for children too).
 * A NULL path changes the mode of the open file where Linux allows it
 * (O_APPEND, close-on-exec).  On failure the stream is closed (C11
 * 7.21.5.4).
 */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	if (!f) {
		errno = EINVAL;
		return 0;
	}
	int flags = __lstar_fmodeflags(mode);
	if (flags < 0)
		goto fail;
	fflush(f);
	if (!path) {
		if (f->fd < 0) {
			errno = EBADF;
			goto fail;
		}
		long fl = sys_fcntl(f->fd, F_GETFL, 0);
		if (fl >= 0)
			fl = sys_fcntl(f->fd, F_SETFL, (fl & ~O_APPEND) | (flags & O_APPEND));
		if (fl < 0) {
			errno = (int)-fl;
			goto fail;
		}
		sys_fcntl(f->fd, F_SETFD, flags & O_CLOEXEC ? FD_CLOEXEC : 0);
	} else {
		long fd = sys_openat(AT_FDCWD, path, flags, 0666);
		if (fd < 0) {
			errno = (int)-fd;
			goto fail;
		}
		if (f->close || f->fd < 0) {
			/* a memory stream (or closed one) becomes a file one */
			if (f->close)
				f->close(f);
			f->read = 0;
			f->write = 0;
			f->seek = 0;
			f->close = 0;
			f->cookie = 0;
			f->fd = (int)fd;
		} else if (fd != f->fd) {
			long r = sys_dup3((int)fd, f->fd, flags & O_CLOEXEC);
			sys_close((int)fd);
			if (r < 0) {
				errno = (int)-r;
				goto fail;
			}
		}
	}
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	f->flags &= ~(F_EOF | F_ERR | F_NORD | F_NOWR | F_APP);
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	else if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND)
		f->flags |= F_APP;
	return f;
fail:
	fclose(f);
	return 0;
}
