#include <errno.h>
#include "pwd_impl.h"

/* 0 with *res NULL when there is no such entry; ERANGE when buf is too
 * small for it (retry with a larger one); otherwise an error number. */
int getgrgid_r(gid_t id, struct group *out, char *buf, size_t size, struct group **res)
{
	struct __lstar_grline b = { 0 };
	int e = errno;
	int r = __lstar_gr_r(__lstar_grfind(NULL, id, &b), &b, out, buf, size, res);
	errno = r ? r : e;
	return r;
}
