#include <string.h>
#include "ifreq.h"

/* 0 when there is no such interface, with errno set. */
unsigned int if_nametoindex(const char *name)
{
	struct __lstar_ifreq r;
	size_t n = strlen(name);
	if (n >= IF_NAMESIZE) {
		errno = ENODEV;
		return 0;
	}
	memset(&r, 0, sizeof r);
	memcpy(r.name, name, n);
	long ret = __lstar_ifreq(SIOCGIFINDEX, &r);
	if (__syscall_is_error(ret)) {
		__syscall_ret(ret);
		return 0;
	}
	return (unsigned)r.u.index;
}
