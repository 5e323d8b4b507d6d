#include <errno.h>
#include "pwd_impl.h"

/* NULL with errno ENOENT at the end of f, as glibc. */
struct passwd *fgetpwent(FILE *f)
{
	int r = __lstar_pwnext(f, &__lstar_pwstatic);
	if (r == 0)
		errno = ENOENT;
	return r > 0 ? &__lstar_pwstatic.pw : NULL;
}
