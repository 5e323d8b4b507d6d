#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "pwd_impl.h"

static int listed(const gid_t *list, size_t n, gid_t g)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == g)
			return 1;
	return 0;
}

static int member(char **mem, const char *user)
{
	for (; *mem; mem++)
		if (!strcmp(*mem, user))
			return 1;
	return 0;
}

/*
 * group first, then every /etc/group entry that lists user, once each, in
 * file order (glibc's order).  As much as fits goes into groups; *ngroups
 * becomes the full count, and the result is that count or -1 if it did
 * not fit.  The full list is gathered first so that duplicates are found
 * beyond what fits.
 */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups)
{
	size_t n = 1, cap = 16;
	gid_t *all = malloc(cap * sizeof *all);
	if (!all)
		return -1;
	all[0] = group;
	FILE *f = fopen("/etc/group", "re");
	struct __lstar_grline b = { 0 };
	int e = errno;
	while (f && __lstar_grnext(f, &b) > 0) {
		gid_t g = b.gr.gr_gid;
		if (__lstar_nis_marker(b.gr.gr_name) || !member(b.gr.gr_mem, user) || listed(all, n, g))
			continue;
		if (n == cap) {
			gid_t *more = realloc(all, 2 * cap * sizeof *all);
			if (!more)
				break;
			all = more;
			cap *= 2;
		}
		all[n++] = g;
	}
	if (f)
		fclose(f);
	errno = e;
	free(b.line);
	free(b.mem);
	size_t room = *ngroups > 0 ? (size_t)*ngroups : 0;
	memcpy(groups, all, (n < room ? n : room) * sizeof *all);
	free(all);
	int fits = n <= room;
	*ngroups = (int)n;
	return fits ? (int)n : -1;
}
