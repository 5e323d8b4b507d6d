/* Helpers shared by the address-text functions (docs/network.md). */
#ifndef LSTAR_NETWORK_INET_IMPL_H
#define LSTAR_NETWORK_INET_IMPL_H

#include <netinet/in.h>
#include "libc.h"

/* Value of a hexadecimal digit, or -1. */
static inline int __lstar_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Strict dotted quad: four decimal parts 0..255, no leading zeros, nothing
 * else (inet_pton's AF_INET form).  Returns 1 and fills out, or 0. */
int __lstar_inet_pton4(const char *s, unsigned char out[4]) __hidden;
int __lstar_inet_pton6(const char *s, unsigned char out[16]) __hidden;

/* inet_aton's forms (a, a.b, a.b.c, a.b.c.d; each part decimal, 0octal or
 * 0xhex); *end is left on the first character not parsed, which must be
 * the end or white space.  Returns 1 with the address in network order. */
int __lstar_inet_aton_end(const char *s, struct in_addr *a, const char **end) __hidden;

/* "a.b.c.d" for 4 bytes into d (room for INET_ADDRSTRLEN); returns the
 * length written, without the NUL. */
size_t __lstar_inet_ntop4(const unsigned char *b, char *d) __hidden;

#endif
