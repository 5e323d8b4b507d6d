#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"

/* "/dev/pts/N" for the master fd; returns 0 or an error number (also left
 * in errno, as glibc does): EINVAL for no buffer, ENOTTY for a descriptor
 * that is not a master, ERANGE when the name does not fit. */
int ptsname_r(int fd, char *buf, size_t len)
{
	static const char dir[] = "/dev/pts/";
	char digits[10];
	unsigned n;
	size_t nd = 0;
	long r = buf ? sys_ioctl(fd, TIOCGPTN, (long)&n) : -EINVAL;
	if (r < 0)
		return errno = (int)-r;
	do
		digits[nd++] = (char)('0' + n % 10);
	while (n /= 10);
	if (len < sizeof dir + nd)
		return errno = ERANGE;
	memcpy(buf, dir, sizeof dir - 1);
	for (size_t i = 0; i < nd; i++)
		buf[sizeof dir - 1 + i] = digits[nd - 1 - i];
	buf[sizeof dir - 1 + nd] = '\0';
	return 0;
}
