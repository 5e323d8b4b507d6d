#include <errno.h>
#include "pwd_impl.h"

/* NULL with errno ENOENT at the end of f, as glibc. */
struct group *fgetgrent(FILE *f)
{
	int r = __lstar_grnext(f, &__lstar_grstatic);
	if (r == 0)
		errno = ENOENT;
	return r > 0 ? &__lstar_grstatic.gr : NULL;
}
