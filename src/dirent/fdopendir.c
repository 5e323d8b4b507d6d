#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>
#include "dir_impl.h"

/* The fd must be open for reading on a directory: checked now, so the
 * error comes from fdopendir rather than the first readdir. */
DIR *fdopendir(int fd)
{
	struct stat st;
	if (fstat(fd, &st))
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0)
		return 0;
	if ((fl & O_ACCMODE) == O_WRONLY || (fl & O_PATH)) {
		errno = EBADF;
		return 0;
	}
	return __lstar_dir_new(fd);
}
