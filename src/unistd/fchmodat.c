#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include "syscall.h"

/* The fchmodat syscall has no flags argument; AT_SYMLINK_NOFOLLOW cannot
 * be honoured (Linux has no symlink modes), so it is EOPNOTSUPP as in
 * glibc when the path is a symlink, and a plain chmod otherwise. */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	struct stat st;
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (flags) {
		if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW))
			return -1;
		if (S_ISLNK(st.st_mode)) {
			errno = EOPNOTSUPP;
			return -1;
		}
	}
	return __syscall_ret(sys_fchmodat(dirfd, path, mode));
}
