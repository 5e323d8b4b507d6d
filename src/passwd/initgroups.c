#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "pwd_impl.h"

/* The supplementary groups getgrouplist(user, group) names, the first
 * NGROUPS_MAX (sysconf) of them if there are more, as glibc. */
int initgroups(const char *user, gid_t group)
{
	long max = sysconf(_SC_NGROUPS_MAX);
	int n = max > 0 && max < 65536 ? (int)max : 65536;
	gid_t *list = malloc((size_t)n * sizeof *list);
	if (!list)
		return -1;
	int room = n;
	getgrouplist(user, group, list, &n);
	int r = setgroups((size_t)(n < room ? n : room), list);
	int e = errno;
	free(list);
	errno = e;
	return r;
}
