#include <errno.h>
#include "pwd_impl.h"

/* The entry lives in a static buffer until the next call of any of the
 * getpw* functions.  Not found: NULL with errno unchanged. */
struct passwd *getpwuid(uid_t id)
{
	int e = errno;
	int r = __lstar_pwfind(NULL, id, &__lstar_pwstatic);
	if (r >= 0)
		errno = e;
	return r > 0 ? &__lstar_pwstatic.pw : NULL;
}
