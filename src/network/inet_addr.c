#include <arpa/inet.h>
#include "inet_impl.h"

/* INADDR_NONE for bad text, which is also 255.255.255.255's value: the
 * ambiguity inet_aton exists to avoid. */
in_addr_t inet_addr(const char *s)
{
	struct in_addr a;
	const char *end;
	return __lstar_inet_aton_end(s, &a, &end) ? a.s_addr : INADDR_NONE;
}
