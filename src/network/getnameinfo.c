#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <string.h>
#include "netdb_impl.h"

static int put(char *d, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (n >= size)
		return EAI_OVERFLOW;
	memcpy(d, s, n + 1);
	return 0;
}

/* The numeric form, with "%scope" for a scoped IPv6 address: the
 * interface name for link-local ones when it has one, else the number. */
static int numeric_host(const struct __lstar_addr *a, char *host, size_t size)
{
	char buf[INET6_ADDRSTRLEN + 1 + 10 + 1];
	inet_ntop(a->family, a->bytes, buf, INET6_ADDRSTRLEN);
	if (a->scope) {
		char *p = buf + strlen(buf), ifname[IF_NAMESIZE];
		const struct in6_addr *in6 = (const struct in6_addr *)a->bytes;
		*p++ = '%';
		if ((IN6_IS_ADDR_LINKLOCAL(in6) || IN6_IS_ADDR_MC_LINKLOCAL(in6)) &&
		    if_indextoname(a->scope, ifname)) {
			strcpy(p, ifname);
		} else {
			char d[10];
			int n = 0;
			for (unsigned v = a->scope; v; v /= 10)
				d[n++] = (char)('0' + v % 10);
			while (n)
				*p++ = d[--n];
			*p = 0;
		}
	}
	return put(host, size, buf);
}

static int host_name(const struct __lstar_addr *a, char *host, size_t size, int flags)
{
	if (!(flags & NI_NUMERICHOST)) {
		int r = __lstar_hosts_byaddr(a, host, size);
		if (r)
			return r < 0 ? EAI_OVERFLOW : 0;
		if (flags & NI_NAMEREQD)
			return EAI_NONAME;
	}
	return numeric_host(a, host, size);
}

static int service_name(unsigned port, char *serv, size_t size, int flags)
{
	if (!(flags & NI_NUMERICSERV)) {
		int r = __lstar_service_name(port, flags & NI_DGRAM ? "udp" : "tcp", serv, size);
		if (r)
			return r < 0 ? EAI_OVERFLOW : 0;
	}
	char d[6];
	int n = 0;
	do
		d[n++] = (char)('0' + port % 10);
	while (port /= 10);
	if ((size_t)n >= size)
		return EAI_OVERFLOW;
	while (n)
		*serv++ = d[--n];
	*serv = 0;
	return 0;
}

/* No DNS: names come from /etc/hosts and /etc/services; an address not in
 * /etc/hosts is written numerically unless NI_NAMEREQD. */
int getnameinfo(const struct sockaddr *restrict sa, socklen_t salen,
		char *restrict host, socklen_t hostlen,
		char *restrict serv, socklen_t servlen, int flags)
{
	struct __lstar_addr a;
	unsigned port;
	if (flags & ~(NI_NUMERICHOST | NI_NUMERICSERV | NI_NOFQDN | NI_NAMEREQD | NI_DGRAM))
		return EAI_BADFLAGS;
	if (!sa || salen < sizeof(sa_family_t))
		return EAI_FAMILY;
	if (sa->sa_family == AF_INET && salen >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
		a.family = AF_INET;
		a.scope = 0;
		memcpy(a.bytes, &in->sin_addr, 4);
		port = ntohs(in->sin_port);
	} else if (sa->sa_family == AF_INET6 && salen >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
		a.family = AF_INET6;
		a.scope = in6->sin6_scope_id;
		memcpy(a.bytes, &in6->sin6_addr, 16);
		port = ntohs(in6->sin6_port);
	} else {
		return EAI_FAMILY;
	}
	if (!(host && hostlen) && !(serv && servlen))
		return EAI_NONAME;
	int r = 0;
	if (host && hostlen)
		r = host_name(&a, host, hostlen, flags);
	if (!r && serv && servlen)
		r = service_name(port, serv, servlen, flags);
	return r;
}
