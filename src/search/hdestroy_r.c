#include <errno.h>
#include "hsearch_impl.h"

/* The keys and data stay the caller's (POSIX, glibc). */
void hdestroy_r(struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return;
	}
	free(htab->table);
	htab->table = 0;
}
