#include <errno.h>
#include "pwd_impl.h"

/* The entry lives in a static buffer until the next call of any of the
 * getgr* functions.  Not found: NULL with errno unchanged. */
struct group *getgrnam(const char *name)
{
	if (!name)
		return NULL;
	int e = errno;
	int r = __lstar_grfind(name, 0, &__lstar_grstatic);
	if (r >= 0)
		errno = e;
	return r > 0 ? &__lstar_grstatic.gr : NULL;
}
