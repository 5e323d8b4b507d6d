#include <unistd.h>
#include <errno.h>
#include <limits.h>

/* The name lives in a static buffer, overwritten by the next call, as
 * POSIX allows.  How the name is found: getlogin_r.c. */
char *getlogin(void)
{
	static char name[LOGIN_NAME_MAX + 1];
	int e = getlogin_r(name, sizeof name);
	if (e) {
		errno = e;
		return 0;
	}
	return name;
}
