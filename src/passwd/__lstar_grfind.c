#include <errno.h>
#include <string.h>
#include "pwd_impl.h"

/* A missing /etc/group is an empty database: "no such entry", not an
 * error. */
int __lstar_grfind(const char *name, gid_t id, struct __lstar_grline *b)
{
	FILE *f = fopen("/etc/group", "re");
	if (!f)
		return errno == ENOENT ? 0 : -1;
	int r;
	while ((r = __lstar_grnext(f, b)) > 0) {
		if (__lstar_nis_marker(b->gr.gr_name))
			continue;
		if (name ? !strcmp(name, b->gr.gr_name) : b->gr.gr_gid == id)
			break;
	}
	int e = errno;
	fclose(f);
	errno = e;
	return r;
}
