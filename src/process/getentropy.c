#include <unistd.h>
#include <errno.h>
#include "syscall.h"

/* At most 256 bytes (EIO beyond, as glibc); blocks until the pool is ready
 * and retries interrupted or short reads, so success means len bytes. */
int getentropy(void *buf, size_t len)
{
	if (len > 256) {
		errno = EIO;
		return -1;
	}
	for (size_t done = 0; done < len;) {
		long r = sys_getrandom((char *)buf + done, len - done, 0);
		if (r == -EINTR)
			continue;
		if (r < 0)
			return __syscall_ret(r);
		done += (size_t)r;
	}
	return 0;
}
