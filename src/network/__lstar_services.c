#include <stdlib.h>
#include <string.h>
#include "netdb_impl.h"

#define SERVICES "/etc/services"

/* One services line: name, port, protocol; the aliases stay in *rest. */
static int parse(char **line, char **name, unsigned *port, char **proto)
{
	char *pp = NULL, *end;
	*name = __lstar_field(line);
	if (!*name || !(pp = __lstar_field(line)))
		return 0;
	char *slash = strchr(pp, '/');
	if (!slash || slash == pp)
		return 0;
	*slash = 0;
	unsigned long p = strtoul(pp, &end, 10);
	if (*end || p > 65535)
		return 0;
	*port = (unsigned)p;
	*proto = slash + 1;
	return 1;
}

int __lstar_service_port(const char *want, const char *proto)
{
	struct __lstar_lines l;
	int r = -1;
	if (__lstar_lines_open(&l, SERVICES) < 0)
		return -1;
	for (char *line; r < 0 && (line = __lstar_lines_next(&l));) {
		char *name, *pr;
		unsigned port;
		if (!parse(&line, &name, &port, &pr) || strcmp(pr, proto))
			continue;
		for (char *alias = name; alias; alias = __lstar_field(&line))
			if (!strcmp(alias, want)) {
				r = (int)port;
				break;
			}
	}
	__lstar_lines_close(&l);
	return r;
}

int __lstar_service_name(unsigned want, const char *proto, char *out, size_t size)
{
	struct __lstar_lines l;
	int r = 0;
	if (__lstar_lines_open(&l, SERVICES) < 0)
		return 0;
	for (char *line; (line = __lstar_lines_next(&l));) {
		char *name, *pr;
		unsigned port;
		if (!parse(&line, &name, &port, &pr) || port != want || strcmp(pr, proto))
			continue;
		size_t n = strlen(name);
		r = n < size ? 1 : -1;
		if (r > 0)
			memcpy(out, name, n + 1);
		break;
	}
	__lstar_lines_close(&l);
	return r;
}
