#include <string.h>
#include "ifreq.h"

/* name must have room for IF_NAMESIZE bytes; NULL with ENXIO when no
 * interface has the index, as glibc. */
char *if_indextoname(unsigned int index, char *name)
{
	struct __lstar_ifreq r;
	memset(&r, 0, sizeof r);
	r.u.index = (int)index;
	long ret = __lstar_ifreq(SIOCGIFNAME, &r);
	if (__syscall_is_error(ret)) {
		__syscall_ret(ret == -ENODEV ? -ENXIO : ret);
		return NULL;
	}
	r.name[IF_NAMESIZE - 1] = 0;
	return strcpy(name, r.name);
}
