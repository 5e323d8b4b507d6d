#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "inet_impl.h"
#include "netdb_impl.h"

/* Socket types and protocols getaddrinfo knows, in glibc's order.  With a
 * socktype or protocol in the hints, the first entry matching them gives
 * the result's one socket type.  Without: a service name gives an entry for
 * each protocol /etc/services lists it under; a port or no service gives
 * the default entries. */
static const struct typeproto {
	unsigned char socktype, protocol, deflt, noservice;
	char name[8];
} typeprotos[] = {
	{ SOCK_STREAM, IPPROTO_TCP, 1, 0, "tcp" },
	{ SOCK_DGRAM, IPPROTO_UDP, 1, 0, "udp" },
	{ SOCK_DCCP, IPPROTO_DCCP, 0, 0, "dccp" },
	{ SOCK_DGRAM, IPPROTO_UDPLITE, 0, 0, "udplite" },
	{ SOCK_STREAM, IPPROTO_SCTP, 0, 0, "sctp" },
	{ SOCK_SEQPACKET, IPPROTO_SCTP, 0, 0, "sctp" },
	{ SOCK_RAW, 0, 1, 1, "raw" },	/* any protocol, no service */
};
#define NTP (sizeof typeprotos / sizeof *typeprotos)

#define KNOWN_FLAGS (AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | \
		     AI_ADDRCONFIG | AI_IDN | AI_CANONIDN | AI_NUMERICSERV)

/* One entry of the result: socket type, protocol, port (network order). */
struct sock {
	int socktype, protocol;
	unsigned short port;
};

/* The socket types to return, with their ports; fills s, returns the count
 * or a negative EAI_ code. */
static int socket_types(const struct addrinfo *h, const char *service, struct sock *s)
{
	long port = 0;
	const char *name = NULL;
	if (service) {
		char *end;
		unsigned long v = strtoul(service, &end, 10);
		/* glibc reads the number into an int: one that comes out
		 * negative is looked up as a name. */
		if (*end && (h->ai_flags & AI_NUMERICSERV))
			return EAI_NONAME;
		if (*end || (int)v < 0) {
			name = service;
		} else {
			port = (unsigned short)v;
		}
	}
	int n = 0;
	for (size_t i = 0; i < NTP; i++) {
		const struct typeproto *t = &typeprotos[i];
		if (h->ai_socktype || h->ai_protocol) {
			if ((h->ai_socktype && h->ai_socktype != t->socktype) ||
			    (h->ai_protocol && !t->noservice && h->ai_protocol != t->protocol))
				continue;
		} else if (name ? t->noservice : !t->deflt) {
			continue;	/* a name is looked up for every protocol */
		}
		if (service && t->noservice && (h->ai_socktype || h->ai_protocol))
			return EAI_SERVICE;
		long p = port;
		if (name && (p = __lstar_service_port(name, t->name)) < 0) {
			if (h->ai_socktype || h->ai_protocol)
				return EAI_SERVICE;
			continue;
		}
		s[n].socktype = t->socktype;
		s[n].protocol = t->noservice ? h->ai_protocol : t->protocol;
		s[n].port = htons((unsigned short)p);
		n++;
		if (h->ai_socktype || h->ai_protocol)
			return n;
	}
	return n ? n : h->ai_socktype ? EAI_SOCKTYPE : EAI_SERVICE;
}

static void v4(struct __lstar_addr *a, in_addr_t host_order)
{
	a->family = AF_INET;
	a->scope = 0;
	uint32_t be = htonl(host_order);
	memcpy(a->bytes, &be, 4);
}

static void v6(struct __lstar_addr *a, const struct in6_addr *in6)
{
	a->family = AF_INET6;
	a->scope = 0;
	memcpy(a->bytes, in6, 16);
}

static int loopback(struct __lstar_addr *v, int want4, int want6)
{
	int n = 0;
	if (want6)
		v6(&v[n++], &in6addr_loopback);
	if (want4)
		v4(&v[n++], INADDR_LOOPBACK);
	return n;
}

/* ::ffff:a.b.c.d for an IPv4 address. */
static void map_v4(struct __lstar_addr *a)
{
	unsigned char b[4];
	memcpy(b, a->bytes, 4);
	memset(a->bytes, 0, 10);
	a->bytes[10] = a->bytes[11] = 0xff;
	memcpy(a->bytes + 12, b, 4);
	a->family = AF_INET6;
}

/* An IPv6 literal with an optional %scope (an interface name or number):
 * 1, 0 when node is no IPv6 literal, -1 when only its scope is bad. */
static int numeric6(const char *node, struct __lstar_addr *a)
{
	char buf[INET6_ADDRSTRLEN];
	const char *pct = strchr(node, '%');
	size_t len = pct ? (size_t)(pct - node) : strlen(node);
	if (len >= sizeof buf)
		return 0;
	memcpy(buf, node, len);
	buf[len] = 0;
	if (inet_pton(AF_INET6, buf, a->bytes) != 1)
		return 0;
	a->family = AF_INET6;
	a->scope = 0;
	if (pct) {
		char *end;
		unsigned long s = strtoul(pct + 1, &end, 10);
		if (pct[1] >= '0' && pct[1] <= '9' && !*end && s <= 0xffffffffUL)
			a->scope = (unsigned)s;
		else if (!(a->scope = if_nametoindex(pct + 1)))
			return -1;
	}
	return 1;
}

/* A numeric host is its own canonical name. */
static int literal_canon(const char *node, char *canon, size_t size)
{
	size_t n = strlen(node);
	if (n >= size)
		return EAI_OVERFLOW;
	memcpy(canon, node, n + 1);
	return 1;
}

/* The addresses for node: a malloc'd array and its count, or an EAI_
 * code.  canon receives the canonical name when there is one. */
static int addresses(const char *node, const struct addrinfo *h, struct __lstar_addr **out,
		     char *canon, size_t canon_size)
{
	int fam = h->ai_family, want4 = fam != AF_INET6, want6 = fam != AF_INET;
	int mapped = fam == AF_INET6 && (h->ai_flags & AI_V4MAPPED);
	struct __lstar_addr *v = malloc(2 * sizeof *v);
	if (!v)
		return EAI_MEMORY;
	*out = v;
	int n = 0;
	if (!node) {
		/* glibc's address sorting (RFC 6724) puts ::1 before
		 * 127.0.0.1, but 0.0.0.0 before ::. */
		if (!(h->ai_flags & AI_PASSIVE))
			return loopback(v, want4, want6);
		if (want4)
			v4(&v[n++], INADDR_ANY);
		if (want6)
			v6(&v[n++], &in6addr_any);
		return n;
	}
	struct in_addr in;
	const char *end;
	if (__lstar_inet_aton_end(node, &in, &end) && !*end) {
		v[0].family = AF_INET;
		v[0].scope = 0;
		memcpy(v[0].bytes, &in, 4);
		if (fam == AF_INET6 && !mapped)
			return EAI_ADDRFAMILY;
		if (fam == AF_INET6)
			map_v4(&v[0]);
		return literal_canon(node, canon, canon_size);
	}
	int lit6 = numeric6(node, &v[0]);
	if (lit6) {
		if (fam == AF_INET) {
			/* An IPv4-mapped literal is that IPv4 address. */
			if (!IN6_IS_ADDR_V4MAPPED((struct in6_addr *)v[0].bytes))
				return EAI_ADDRFAMILY;
			memmove(v[0].bytes, v[0].bytes + 12, 4);
			v[0].family = AF_INET;
			v[0].scope = 0;
		}
		return lit6 < 0 ? EAI_NONAME : literal_canon(node, canon, canon_size);
	}
	if (h->ai_flags & AI_NUMERICHOST)
		return EAI_NONAME;
	free(v);
	*out = NULL;
	int seen, all = mapped && (h->ai_flags & AI_ALL);
	n = __lstar_hosts_byname(node, want4 || mapped, want6, out, canon, canon_size, &seen);
	if (n < 0)
		return EAI_MEMORY;
	if (mapped) {
		/* IPv4 entries count, mapped, only when there is no IPv6
		 * one, or always with AI_ALL. */
		int k = 0, has6 = 0;
		for (int i = 0; i < n; i++)
			has6 |= (*out)[i].family == AF_INET6;
		for (int i = 0; i < n; i++) {
			struct __lstar_addr a = (*out)[i];
			if (a.family == AF_INET) {
				if (has6 && !all)
					continue;
				map_v4(&a);
			}
			(*out)[k++] = a;
		}
		n = k;
	}
	if (n)
		return n;
	if (!seen && strcasecmp(node, "localhost") == 0) {
		/* Loopback even without an /etc/hosts entry for it. */
		free(*out);
		if (!(*out = v = malloc(2 * sizeof *v)))
			return EAI_MEMORY;
		memcpy(canon, "localhost", 10);
		return loopback(v, want4, want6);
	}
	return EAI_NONAME;
}

static struct addrinfo *entry(const struct __lstar_addr *a, const struct sock *s, int flags,
			      const char *canon)
{
	size_t clen = canon ? strlen(canon) + 1 : 0;
	struct addrinfo *ai = malloc(sizeof *ai + sizeof(struct sockaddr_in6) + clen);
	if (!ai)
		return NULL;
	struct sockaddr *sa = (struct sockaddr *)(ai + 1);
	memset(ai, 0, sizeof *ai + sizeof(struct sockaddr_in6));
	ai->ai_flags = flags;
	ai->ai_family = a->family;
	ai->ai_socktype = s->socktype;
	ai->ai_protocol = s->protocol;
	ai->ai_addr = sa;
	if (a->family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)sa;
		ai->ai_addrlen = sizeof *in;
		in->sin_family = AF_INET;
		in->sin_port = s->port;
		memcpy(&in->sin_addr, a->bytes, 4);
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)sa;
		ai->ai_addrlen = sizeof *in6;
		in6->sin6_family = AF_INET6;
		in6->sin6_port = s->port;
		in6->sin6_scope_id = a->scope;
		memcpy(&in6->sin6_addr, a->bytes, 16);
	}
	if (canon)
		ai->ai_canonname = memcpy((char *)sa + sizeof(struct sockaddr_in6), canon, clen);
	return ai;
}

int getaddrinfo(const char *restrict node, const char *restrict service,
		const struct addrinfo *restrict hints, struct addrinfo **restrict res)
{
	/* No hints means glibc's defaults. */
	static const struct addrinfo none = { .ai_flags = AI_V4MAPPED | AI_ADDRCONFIG };
	const struct addrinfo *h = hints ? hints : &none;
	/* glibc reads "*" as no service at all, and "" too once a node is
	 * there. */
	if (service && service[0] == '*' && !service[1])
		service = NULL;
	if (!node && !service)
		return EAI_NONAME;
	if (service && !service[0])
		service = NULL;
	if (h->ai_flags & ~KNOWN_FLAGS)
		return EAI_BADFLAGS;
	if ((h->ai_flags & AI_CANONNAME) && !node)
		return EAI_BADFLAGS;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
		return EAI_FAMILY;

	struct sock socks[NTP];
	int ns = socket_types(h, service, socks);
	if (ns < 0)
		return ns;
	struct __lstar_addr *addrs;
	char canon[NI_MAXHOST] = "";
	int na = addresses(node, h, &addrs, canon, sizeof canon);
	if (na < 0) {
		free(addrs);
		return na;
	}
	struct addrinfo *head = NULL, **tail = &head;
	const char *cn = (h->ai_flags & AI_CANONNAME) ? canon : NULL;
	for (int i = 0; i < na; i++)
		for (int j = 0; j < ns; j++, cn = NULL) {
			if (!(*tail = entry(&addrs[i], &socks[j], h->ai_flags, cn))) {
				free(addrs);
				freeaddrinfo(head);
				return EAI_MEMORY;
			}
			tail = &(*tail)->ai_next;
		}
	free(addrs);
	*res = head;
	return 0;
}
