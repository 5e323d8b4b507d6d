#include <arpa/inet.h>
#include "inet_impl.h"

int inet_aton(const char *s, struct in_addr *a)
{
	struct in_addr tmp;
	const char *end;
	if (!__lstar_inet_aton_end(s, &tmp, &end))
		return 0;
	if (a)
		*a = tmp;
	return 1;
}
