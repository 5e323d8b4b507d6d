#include <arpa/inet.h>
#include <errno.h>
#include "inet_impl.h"

int inet_pton(int af, const char *restrict src, void *restrict dst)
{
	if (af == AF_INET)
		return __lstar_inet_pton4(src, dst);
	if (af == AF_INET6)
		return __lstar_inet_pton6(src, dst);
	errno = EAFNOSUPPORT;
	return -1;
}
