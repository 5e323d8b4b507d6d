#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>

/* A name that does not fit with its NUL is ENAMETOOLONG (glibc's choice). */
int gethostname(char *name, size_t len)
{
	struct utsname u;
	if (uname(&u))
		return -1;
	size_t n = strlen(u.nodename);
	if (n >= len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.nodename, n + 1);
	return 0;
}
