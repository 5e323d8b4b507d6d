#include <sys/time.h>
#include <errno.h>
#include "syscall.h"

int utimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];
	if (tv) {
		for (int i = 0; i < 2; i++) {
			if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
				errno = EINVAL;
				return -1;
			}
			ts[i] = (struct timespec){ tv[i].tv_sec, tv[i].tv_usec * 1000 };
		}
	}
	return __syscall_ret(sys_utimensat(__LSTAR_AT_FDCWD, path, tv ? ts : 0, 0));
}
