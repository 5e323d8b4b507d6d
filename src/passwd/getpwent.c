#include <errno.h>
#include "pwd_impl.h"

/* The stream getpwent reads; setpwent rewinds it, endpwent closes it. */
FILE *__lstar_pwent_file __hidden;

/* Every entry of /etc/passwd in order, NIS markers included; NULL at the end
 * with errno unchanged (or set, on a read error). */
struct passwd *getpwent(void)
{
	int e = errno;
	if (!__lstar_pwent_file && !(__lstar_pwent_file = fopen("/etc/passwd", "re")))
		return errno == ENOENT ? (errno = e, NULL) : NULL;
	int r = __lstar_pwnext(__lstar_pwent_file, &__lstar_pwstatic);
	if (r >= 0)
		errno = e;
	return r > 0 ? &__lstar_pwstatic.pw : NULL;
}
