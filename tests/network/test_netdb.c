/* getaddrinfo, getnameinfo and gai_strerror: lstar_* against glibc on the
 * same machine (same /etc/hosts and /etc/services) over a grid of nodes,
 * services, families, socket types, protocols and flags.  glibc goes on to
 * DNS for names /etc/hosts lacks; lstar has no resolver, so such names are
 * checked on lstar alone (docs/network.md). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "network_api.h"

static const char *const numeric_nodes[] = {
	NULL, "127.0.0.1", "127.1", "0x7f.1", "10.0.0.255", "::1", "::", "::ffff:1.2.3.4",
	"2001:db8::1", "fe80::1%1", "fe80::1%lo",
};
/* Not numeric: glibc would ask DNS, so these are compared under
 * AI_NUMERICHOST only, and checked alone on lstar without it. */
static const char *const bad_numeric[] = {
	"1.2.3.4 ", "1.2.3.4.5", "fe80::1%nosuchif0", "::1%", "[::1]", "", "1.2.3.256", "::1 ",
};
static const char *const host_names[] = { "localhost", "LOCALHOST", "LocalHost" };
static const char *const services[] = {
	NULL, "80", "0", "65535", "65536", "", "-1", "http", "domain", "ssh", "amqp",
	"nosuchservice", "80x", " 80", "+80",
};
static const int families[] = { AF_UNSPEC, AF_INET, AF_INET6, AF_UNIX };
static const int types[][2] = {
	{ 0, 0 }, { SOCK_STREAM, 0 }, { SOCK_DGRAM, 0 }, { SOCK_RAW, 0 }, { SOCK_SEQPACKET, 0 },
	{ 0, IPPROTO_UDP }, { SOCK_STREAM, IPPROTO_UDP }, { SOCK_STREAM, IPPROTO_SCTP },
	{ SOCK_RAW, 99 }, { 99, 0 }, { 0, IPPROTO_SCTP },
};
static const int flag_sets[] = {
	0, AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED, AI_V4MAPPED | AI_ALL,
	AI_NUMERICSERV, AI_PASSIVE | AI_CANONNAME, 0x8000,
};

static void describe(char *out, size_t size, const struct addrinfo *ai)
{
	size_t n = 0;
	out[0] = 0;
	for (; ai && n < size; ai = ai->ai_next) {
		char a[INET6_ADDRSTRLEN] = "?";
		unsigned port = 0, scope = 0;
		if (ai->ai_family == AF_INET) {
			const struct sockaddr_in *in = (const void *)ai->ai_addr;
			inet_ntop(AF_INET, &in->sin_addr, a, sizeof a);
			port = ntohs(in->sin_port);
		} else if (ai->ai_family == AF_INET6) {
			const struct sockaddr_in6 *in6 = (const void *)ai->ai_addr;
			inet_ntop(AF_INET6, &in6->sin6_addr, a, sizeof a);
			port = ntohs(in6->sin6_port);
			scope = in6->sin6_scope_id;
		}
		n += (size_t)snprintf(out + n, size - n, "[%x %d %d %d %u %s %u %u %s]", ai->ai_flags,
				      ai->ai_family, ai->ai_socktype, ai->ai_protocol, ai->ai_addrlen,
				      a, port, scope, ai->ai_canonname ? ai->ai_canonname : "-");
	}
}

static int compared;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries as a sorted set, ignoring canonical names. */
static void entry_set(const struct addrinfo *ai, char *out, size_t size)
{
	static char items[64][160];
	char *ptrs[64];
	int n = 0;
	for (; ai && n < 64; ai = ai->ai_next, n++) {
		struct addrinfo one = *ai;
		one.ai_next = NULL;
		one.ai_canonname = NULL;
		describe(items[n], sizeof items[n], &one);
		ptrs[n] = items[n];
	}
	qsort(ptrs, (size_t)n, sizeof *ptrs, cmp_str);
	size_t k = 0;
	out[0] = 0;
	for (int i = 0; i < n && k < size; i++)
		k += (size_t)snprintf(out + k, size - k, "%s", ptrs[i]);
}

/* glibc sorts several addresses by RFC 6724 (which depends on the
 * machine's routes); lstar keeps /etc/hosts order.  Same entries and the
 * same canonical name are what must agree. */
static int same_set(const struct addrinfo *a, const struct addrinfo *b)
{
	char sa[2048], sb[2048];
	if ((a->ai_canonname == NULL) != (b->ai_canonname == NULL) ||
	    (a->ai_canonname && strcmp(a->ai_canonname, b->ai_canonname)))
		return 0;
	entry_set(a, sa, sizeof sa);
	entry_set(b, sb, sizeof sb);
	return strcmp(sa, sb) == 0;
}

static void same_gai(const char *node, const char *service, const struct addrinfo *hints)
{
	struct addrinfo *ra = NULL, *rb = NULL;
	int ea = lstar_getaddrinfo(node, service, hints, &ra);
	int eb = getaddrinfo(node, service, hints, &rb);
	char da[2048], db[2048];
	describe(da, sizeof da, ea ? NULL : ra);
	describe(db, sizeof db, eb ? NULL : rb);
	if (ea != eb || (strcmp(da, db) != 0 && !same_set(ra, rb)))
		fail_msg("getaddrinfo(%s, %s, fam %d type %d proto %d flags %x):\n lstar %d %s\n glibc %d %s",
			 node ? node : "NULL", service ? service : "NULL", hints ? hints->ai_family : -1,
			 hints ? hints->ai_socktype : -1, hints ? hints->ai_protocol : -1,
			 hints ? hints->ai_flags : -1, ea, da, eb, db);
	if (!ea)
		lstar_freeaddrinfo(ra);
	if (!eb)
		freeaddrinfo(rb);
	compared++;
}

static void grid(const char *const *nodes, size_t nn, int names, int numeric_only)
{
	for (size_t i = 0; i < nn; i++)
		for (size_t s = 0; s < sizeof services / sizeof *services; s++)
			for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
				for (size_t fa = 0; fa < sizeof families / sizeof *families; fa++) {
					/* glibc asks DNS for a family /etc/hosts lacks. */
					if (names && families[fa] == AF_INET6 && !(flag_sets[f] & AI_V4MAPPED))
						continue;
					size_t t = (i + s + f + fa) % (sizeof types / sizeof *types);
					struct addrinfo h = { .ai_family = families[fa],
							      .ai_flags = flag_sets[f] | numeric_only,
							      .ai_socktype = types[t][0],
							      .ai_protocol = types[t][1] };
					same_gai(nodes[i], services[s], &h);
				}
}

static void test_getaddrinfo_numeric(void **state)
{
	(void)state;
	compared = 0;
	grid(numeric_nodes, sizeof numeric_nodes / sizeof *numeric_nodes, 0, 0);
	grid(bad_numeric, sizeof bad_numeric / sizeof *bad_numeric, 0, AI_NUMERICHOST);
	same_gai("127.0.0.1", "80", NULL);
	same_gai("127.0.0.1", NULL, NULL);
	same_gai(NULL, NULL, NULL);
	print_message("%d calls compared\n", compared);
}

static void test_getaddrinfo_hosts(void **state)
{
	(void)state;
	compared = 0;
	grid(host_names, sizeof host_names / sizeof *host_names, 1, 0);
	print_message("%d calls compared\n", compared);
}

/* Names nothing lists: lstar answers without any network. */
static void test_getaddrinfo_no_resolver(void **state)
{
	(void)state;
	struct addrinfo *r;
	assert_int_equal(lstar_getaddrinfo("no-such-host.invalid", "80", NULL, &r), EAI_NONAME);
	assert_int_equal(lstar_getaddrinfo("example.com", NULL, NULL, &r), EAI_NONAME);
	for (size_t i = 0; i < sizeof bad_numeric / sizeof *bad_numeric; i++)
		assert_int_equal(lstar_getaddrinfo(bad_numeric[i], "80", NULL, &r), EAI_NONAME);
	struct addrinfo h = { .ai_flags = AI_NUMERICHOST };
	assert_int_equal(lstar_getaddrinfo("localhost", NULL, &h, &r), EAI_NONAME);
	/* The result of a success can be used and freed. */
	struct addrinfo hs = { .ai_socktype = SOCK_STREAM, .ai_flags = AI_CANONNAME };
	assert_int_equal(lstar_getaddrinfo("localhost", "1234", &hs, &r), 0);
	assert_int_equal(r->ai_family, AF_INET);
	assert_string_equal(r->ai_canonname, "localhost");
	assert_int_equal(((struct sockaddr_in *)r->ai_addr)->sin_port, htons(1234));
	lstar_freeaddrinfo(r);
	lstar_freeaddrinfo(NULL);
}

static void same_gni(const void *sa, socklen_t salen, socklen_t hl, socklen_t sl, int flags)
{
	char ha[NI_MAXHOST] = "", hb[NI_MAXHOST] = "", sa_[NI_MAXSERV] = "", sb[NI_MAXSERV] = "";
	int ea = lstar_getnameinfo(sa, salen, hl ? ha : NULL, hl, sl ? sa_ : NULL, sl, flags);
	int eb = getnameinfo(sa, salen, hl ? hb : NULL, hl, sl ? sb : NULL, sl, flags);
	if (ea != eb || (!ea && (strcmp(ha, hb) || strcmp(sa_, sb))))
		fail_msg("getnameinfo(len %u, %u, %u, flags %x): lstar %d '%s' '%s', glibc %d '%s' '%s'",
			 salen, hl, sl, flags, ea, ha, sa_, eb, hb, sb);
}

static void test_getnameinfo(void **state)
{
	(void)state;
	/* Only addresses /etc/hosts names, or NI_NUMERICHOST / NI_NAMEREQD
	 * ones, so glibc's answer never depends on DNS. */
	static const char *const v4[] = { "127.0.0.1" };
	static const char *const v6[] = { "::1", "fe80::1", "2001:db8::5", "::ffff:127.0.0.1", "ff02::1" };
	static const unsigned ports[] = { 0, 22, 53, 80, 443, 5672, 65535, 12345 };
	static const int flags[] = { 0, NI_NUMERICSERV, NI_DGRAM, NI_NUMERICSERV | NI_DGRAM };
	static const socklen_t lens[][2] = { { NI_MAXHOST, NI_MAXSERV }, { 0, NI_MAXSERV },
		{ NI_MAXHOST, 0 }, { 3, NI_MAXSERV }, { NI_MAXHOST, 2 }, { 10, 3 } };
	for (size_t p = 0; p < sizeof ports / sizeof *ports; p++)
		for (size_t f = 0; f < sizeof flags / sizeof *flags; f++)
			for (size_t l = 0; l < sizeof lens / sizeof *lens; l++) {
				struct sockaddr_in in = { .sin_family = AF_INET, .sin_port = htons(ports[p]) };
				inet_pton(AF_INET, v4[0], &in.sin_addr);
				same_gni(&in, sizeof in, lens[l][0], lens[l][1], flags[f]);
				same_gni(&in, sizeof in, lens[l][0], lens[l][1], flags[f] | NI_NUMERICHOST);
				for (size_t a = 0; a < sizeof v6 / sizeof *v6; a++) {
					struct sockaddr_in6 in6 = { .sin6_family = AF_INET6,
								    .sin6_port = htons(ports[p]) };
					inet_pton(AF_INET6, v6[a], &in6.sin6_addr);
					same_gni(&in6, sizeof in6, lens[l][0], lens[l][1], flags[f] | NI_NUMERICHOST);
					in6.sin6_scope_id = 7;
					same_gni(&in6, sizeof in6, lens[l][0], lens[l][1], flags[f] | NI_NUMERICHOST);
				}
			}
	struct sockaddr_in in = { .sin_family = AF_INET, .sin_port = htons(80) };
	struct sockaddr_in6 in6 = { .sin6_family = AF_INET6 };
	same_gni(&in, sizeof in - 1, NI_MAXHOST, NI_MAXSERV, 0);
	same_gni(&in6, sizeof in6 - 1, NI_MAXHOST, NI_MAXSERV, NI_NUMERICHOST);
	same_gni(&in, 1, NI_MAXHOST, NI_MAXSERV, 0);
	struct sockaddr un = { .sa_family = AF_APPLETALK };
	same_gni(&un, sizeof un, NI_MAXHOST, NI_MAXSERV, 0);
	/* Not in /etc/hosts and a name required: lstar has no DNS to ask. */
	inet_pton(AF_INET, "192.0.2.77", &in.sin_addr);
	char h[NI_MAXHOST];
	assert_int_equal(lstar_getnameinfo((void *)&in, sizeof in, h, sizeof h, NULL, 0, NI_NAMEREQD),
			 EAI_NONAME);
	assert_int_equal(lstar_getnameinfo((void *)&in, sizeof in, h, sizeof h, NULL, 0, 0), 0);
	assert_string_equal(h, "192.0.2.77");
}

static void test_gai_strerror(void **state)
{
	(void)state;
	for (int e = -13; e <= 2; e++)
		if (e != EAI_OVERFLOW)
			assert_string_equal(lstar_gai_strerror(e), gai_strerror(e));
	/* POSIX's EAI_OVERFLOW has a message; glibc 2.36 says "Unknown error". */
	assert_string_equal(lstar_gai_strerror(EAI_OVERFLOW), "Argument buffer overflow");
	assert_string_equal(lstar_gai_strerror(-99), gai_strerror(-99));
	assert_string_equal(lstar_gai_strerror(-2147483647 - 1), "Unknown error");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_getaddrinfo_numeric),
		cmocka_unit_test(test_getaddrinfo_hosts),
		cmocka_unit_test(test_getaddrinfo_no_resolver),
		cmocka_unit_test(test_getnameinfo),
		cmocka_unit_test(test_gai_strerror),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
