#include <arpa/inet.h>
#include "inet_impl.h"

/* One static buffer, overwritten by each call, as POSIX allows. */
char *inet_ntoa(struct in_addr a)
{
	static char buf[INET_ADDRSTRLEN];
	__lstar_inet_ntop4((const unsigned char *)&a.s_addr, buf);
	return buf;
}
