#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "netdb_impl.h"

#define HOSTS "/etc/hosts"

/* The address field of a hosts line. */
static int parse_addr(const char *s, struct __lstar_addr *a)
{
	a->scope = 0;
	if (inet_pton(AF_INET, s, a->bytes) == 1)
		a->family = AF_INET;
	else if (inet_pton(AF_INET6, s, a->bytes) == 1)
		a->family = AF_INET6;
	else
		return 0;
	return 1;
}

static void copy_name(char *d, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (n >= size)
		n = size - 1;
	memcpy(d, s, n);
	d[n] = 0;
}

int __lstar_hosts_byname(const char *name, int want4, int want6, struct __lstar_addr **out,
			 char *canon, size_t canon_size, int *seen)
{
	struct __lstar_lines l;
	struct __lstar_addr *v = NULL, a;
	int n = 0, cap = 0;
	*out = NULL;
	*seen = 0;
	if (__lstar_lines_open(&l, HOSTS) < 0)
		return 0;
	for (char *line; (line = __lstar_lines_next(&l));) {
		char *f = __lstar_field(&line), *first = NULL, *h;
		if (!f || !parse_addr(f, &a))
			continue;
		int match = 0;
		while (!match && (h = __lstar_field(&line))) {
			if (!first)
				first = h;
			match = strcasecmp(h, name) == 0;
		}
		if (!match)
			continue;
		*seen = 1;
		if (!(a.family == AF_INET ? want4 : want6))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 4;
			struct __lstar_addr *g = realloc(v, (size_t)cap * sizeof *v);
			if (!g) {
				free(v);
				__lstar_lines_close(&l);
				return -1;
			}
			v = g;
		}
		if (!n)
			copy_name(canon, canon_size, first);
		v[n++] = a;
	}
	__lstar_lines_close(&l);
	*out = v;
	return n;
}

int __lstar_hosts_byaddr(const struct __lstar_addr *want, char *name, size_t size)
{
	struct __lstar_lines l;
	struct __lstar_addr a;
	int r = 0;
	if (__lstar_lines_open(&l, HOSTS) < 0)
		return 0;
	size_t len = want->family == AF_INET ? 4 : 16;
	for (char *line; (line = __lstar_lines_next(&l));) {
		char *f = __lstar_field(&line), *h;
		if (!f || !parse_addr(f, &a) || a.family != want->family || memcmp(a.bytes, want->bytes, len))
			continue;
		if (!(h = __lstar_field(&line)))
			continue;
		if (strlen(h) >= size) {
			r = -1;
		} else {
			memcpy(name, h, strlen(h) + 1);
			r = 1;
		}
		break;
	}
	__lstar_lines_close(&l);
	return r;
}
