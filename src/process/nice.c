#include <unistd.h>
#include <errno.h>
#include <sys/resource.h>

int nice(int inc)
{
	int old = errno;
	errno = 0;
	int prio = getpriority(PRIO_PROCESS, 0);
	if (prio == -1 && errno)
		return -1;
	errno = old;
	if (setpriority(PRIO_PROCESS, 0, prio + inc)) {
		if (errno == EACCES)
			errno = EPERM;
		return -1;
	}
	return getpriority(PRIO_PROCESS, 0);
}
