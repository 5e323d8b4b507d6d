#include <errno.h>
#include "pwd_impl.h"

/* The stream getgrent reads; setgrent rewinds it, endgrent closes it. */
FILE *__lstar_grent_file __hidden;

/* Every entry of /etc/group in order, NIS markers included; NULL at the end
 * with errno unchanged (or set, on a read error). */
struct group *getgrent(void)
{
	int e = errno;
	if (!__lstar_grent_file && !(__lstar_grent_file = fopen("/etc/group", "re")))
		return errno == ENOENT ? (errno = e, NULL) : NULL;
	int r = __lstar_grnext(__lstar_grent_file, &__lstar_grstatic);
	if (r >= 0)
		errno = e;
	return r > 0 ? &__lstar_grstatic.gr : NULL;
}
