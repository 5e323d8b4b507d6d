#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include "inet_impl.h"

/* The longest run of two or more zero groups becomes "::", the first such
 * run when two are equally long (RFC 5952 4.2); a single zero group is
 * written as 0. */
static void longest_zero_run(const unsigned short *w, int *base, int *len)
{
	*base = -1;
	*len = 0;
	for (int i = 0; i < 8;) {
		int j = i;
		while (j < 8 && w[j] == 0)
			j++;
		if (j - i > *len && j - i >= 2) {
			*base = i;
			*len = j - i;
		}
		i = j > i ? j : i + 1;
	}
}

static size_t ntop6(const unsigned char *b, char *d)
{
	static const char hex[] = "0123456789abcdef";
	unsigned short w[8];
	for (int i = 0; i < 8; i++)
		w[i] = (unsigned short)(b[2 * i] << 8 | b[2 * i + 1]);
	int base, len;
	longest_zero_run(w, &base, &len);
	/* glibc writes IPv4-compatible (except ::1) and IPv4-mapped addresses
	 * with a dotted tail. */
	int dotted = base == 0 && (len == 6 || (len == 7 && w[7] != 1) || (len == 5 && w[5] == 0xffff));
	char *p = d;
	for (int i = 0; i < 8; i++) {
		if (base >= 0 && i >= base && i < base + len) {
			if (i == base)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		if (i == 6 && dotted)
			return (size_t)(p - d) + __lstar_inet_ntop4(b + 12, p);
		int shift = 12;
		while (shift > 0 && !(w[i] >> shift))
			shift -= 4;
		for (; shift >= 0; shift -= 4)
			*p++ = hex[w[i] >> shift & 0xf];
	}
	if (base >= 0 && base + len == 8)
		*p++ = ':';
	*p = 0;
	return (size_t)(p - d);
}

const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size)
{
	char tmp[INET6_ADDRSTRLEN];
	size_t n;
	if (af == AF_INET)
		n = __lstar_inet_ntop4(src, tmp);
	else if (af == AF_INET6)
		n = ntop6(src, tmp);
	else {
		errno = EAFNOSUPPORT;
		return NULL;
	}
	if (n >= size) {
		errno = ENOSPC;
		return NULL;
	}
	return memcpy(dst, tmp, n + 1);
}
