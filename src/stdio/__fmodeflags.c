#include <fcntl.h>
#include "stdio_impl.h"

/* r w a, then any of + b x e (C11 7.21.5.3, glibc's e and POSIX's x).
 * Anything else is refused rather than guessed at. */
int __lstar_fmodeflags(const char *mode)
{
	int flags;

	if (!mode)
		goto bad;
	switch (*mode) {
	case 'r': flags = O_RDONLY; break;
	case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
	default: goto bad;
	}
	while (*++mode) {
		switch (*mode) {
		case '+': flags = (flags & ~O_ACCMODE) | O_RDWR; break;
		case 'b': break;
		case 'x':
			/* w and a have set O_CREAT by now; r has not */
			if (!(flags & O_CREAT))
				goto bad;
			flags |= O_EXCL;
			break;
		case 'e': flags |= O_CLOEXEC; break;
		default: goto bad;
		}
	}
	return flags;
bad:
	errno = EINVAL;
	return -1;
}
