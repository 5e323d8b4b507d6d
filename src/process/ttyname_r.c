#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

/*
 * The terminal's name is the target of /proc/self/fd/N, trusted only if
 * that path still names the same device as fd (a pty may have been
 * renamed, or /proc may be another process's).  Returns an error number.
 */
int ttyname_r(int fd, char *buf, size_t len)
{
	char link[32] = "/proc/self/fd/";
	char digits[12];
	int n = 0;
	struct stat a, b;

	if (!isatty(fd))
		return errno;
	for (unsigned v = (unsigned)fd; n == 0 || v; v /= 10)
		digits[n++] = (char)('0' + v % 10);
	size_t p = strlen(link);
	while (n)
		link[p++] = digits[--n];
	link[p] = 0;

	ssize_t r = readlink(link, buf, len);
	if (r < 0)
		return errno == ENAMETOOLONG ? ERANGE : errno;
	if ((size_t)r >= len)
		return ERANGE;
	buf[r] = 0;
	if (stat(buf, &a) || fstat(fd, &b) || a.st_dev != b.st_dev || a.st_ino != b.st_ino)
		return ENODEV;
	return 0;
}
