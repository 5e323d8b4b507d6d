/* Internals of getaddrinfo and getnameinfo (docs/network.md): the
 * /etc/hosts and /etc/services readers.  No DNS: these files, numeric
 * text and "localhost" are all lstar resolves. */
#ifndef LSTAR_NETWORK_NETDB_IMPL_H
#define LSTAR_NETWORK_NETDB_IMPL_H

#include <netdb.h>
#include "libc.h"

/* A line reader over a file descriptor: no stdio, one fixed buffer.  A
 * line longer than the buffer is skipped whole rather than split, so a
 * fragment can never be read as an entry. */
struct __lstar_lines {
	int fd;
	int skipping;
	size_t start, end;
	char buf[1024];
};
int __lstar_lines_open(struct __lstar_lines *l, const char *path) __hidden;
/* The next line without its newline and without any "#" comment, or NULL
 * at the end of the file or on a read error. */
char *__lstar_lines_next(struct __lstar_lines *l) __hidden;
void __lstar_lines_close(struct __lstar_lines *l) __hidden;
/* The next whitespace-separated field of *p (NUL-terminated in place), or
 * NULL when the line has no more. */
char *__lstar_field(char **p) __hidden;

/* An address of either family in network order: 4 or 16 bytes used. */
struct __lstar_addr {
	int family;
	unsigned scope;
	unsigned char bytes[16];
};

/* /etc/hosts entries for name: IPv4 ones if want4, IPv6 ones if want6,
 * in file order.  Returns the count, with *out a malloc'd array (NULL when
 * the count is 0) and the first matching line's canonical name in canon;
 * -1 when memory runs out.  *seen says whether any line, of any family,
 * names the host. */
int __lstar_hosts_byname(const char *name, int want4, int want6, struct __lstar_addr **out,
			 char *canon, size_t canon_size, int *seen) __hidden;
/* The canonical name of the first /etc/hosts line for the address, copied
 * into name when it fits: 1 found, 0 not found, -1 too long. */
int __lstar_hosts_byaddr(const struct __lstar_addr *a, char *name, size_t size) __hidden;

/* /etc/services: the port (host order) of name or alias for proto ("tcp",
 * "udp", ...), or -1. */
int __lstar_service_port(const char *name, const char *proto) __hidden;
/* The name of port (host order) for proto, into name: 1 found, 0 not
 * found, -1 too long. */
int __lstar_service_name(unsigned port, const char *proto, char *name, size_t size) __hidden;

#endif
