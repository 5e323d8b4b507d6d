#include <string.h>
#include "inet_impl.h"

/* RFC 4291 section 2.2 text: up to eight groups of one to four hex digits,
 * at most one "::" standing for one or more zero groups, optionally ending
 * in a dotted quad that fills the last two groups. */
int __lstar_inet_pton6(const char *s, unsigned char out[16])
{
	unsigned char b[16] = { 0 };
	int n = 0, gap = -1;	/* bytes filled; where "::" was, in bytes */

	if (*s == ':' && *++s != ':')
		return 0;
	while (*s) {
		if (*s == ':') {
			/* Only a "::" reaches here at a group start. */
			if (gap >= 0)
				return 0;
			gap = n;
			s++;
			continue;
		}
		const char *group = s;
		unsigned v = 0;
		int digits = 0;
		for (int h; (h = __lstar_hexval(*s)) >= 0; s++) {
			if (++digits > 4)
				return 0;
			v = v << 4 | (unsigned)h;
		}
		if (*s == '.') {
			if (n > 12 || !__lstar_inet_pton4(group, b + n))
				return 0;
			n += 4;
			break;
		}
		if (!digits || n == 16)
			return 0;
		b[n++] = (unsigned char)(v >> 8);
		b[n++] = (unsigned char)v;
		if (*s == ':') {
			if (!*++s)
				return 0;	/* a lone trailing colon */
		} else if (*s) {
			return 0;
		}
	}
	if (gap >= 0) {
		if (n == 16)
			return 0;	/* "::" must stand for at least one group */
		memmove(b + 16 - (n - gap), b + gap, (size_t)(n - gap));
		memset(b + gap, 0, (size_t)(16 - n));
		n = 16;
	}
	if (n != 16)
		return 0;
	memcpy(out, b, 16);
	return 1;
}
