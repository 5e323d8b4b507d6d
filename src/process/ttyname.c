#include <unistd.h>
#include <errno.h>

char *ttyname(int fd)
{
	static char buf[128];
	int e = ttyname_r(fd, buf, sizeof buf);
	if (e) {
		errno = e;
		return 0;
	}
	return buf;
}
