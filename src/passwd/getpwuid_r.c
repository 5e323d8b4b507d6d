#include <errno.h>
#include "pwd_impl.h"

/* 0 with *res NULL when there is no such entry; ERANGE when buf is too
 * small for it (retry with a larger one); otherwise an error number. */
int getpwuid_r(uid_t id, struct passwd *out, char *buf, size_t size, struct passwd **res)
{
	struct __lstar_pwline b = { 0 };
	int e = errno;
	int r = __lstar_pw_r(__lstar_pwfind(NULL, id, &b), &b, out, buf, size, res);
	errno = r ? r : e;
	return r;
}
