#include <arpa/inet.h>
#include "inet_impl.h"

/* Up to four parts of at most 255 each (decimal, 0octal, 0x or bare x
 * hex), packed into the low bytes in host order: "10.1" is 0x0a01.  A part
 * too large for 32 bits is refused where glibc would let it wrap. */
in_addr_t inet_network(const char *s)
{
	in_addr_t r = 0;
	for (int n = 0;; n++) {
		unsigned base = 10, v = 0;
		int digits = 0;
		if (*s == '0')
			base = 8, digits = 1, s++;
		if (*s == 'x' || *s == 'X')
			base = 16, digits = 0, s++;
		for (int d; (d = __lstar_hexval(*s)) >= 0; s++, digits++) {
			if ((unsigned)d >= base) {
				if (base == 8 && d < 10)
					return INADDR_NONE;
				break;
			}
			if ((v = v * base + (unsigned)d) > 0xff)
				return INADDR_NONE;
		}
		if (!digits || n == 4)
			return INADDR_NONE;
		r = r << 8 | v;
		if (*s != '.')
			break;
		s++;
	}
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	return *s ? INADDR_NONE : r;
}
