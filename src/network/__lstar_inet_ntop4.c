#include "inet_impl.h"

size_t __lstar_inet_ntop4(const unsigned char *b, char *d)
{
	char *p = d;
	for (int i = 0; i < 4; i++) {
		unsigned v = b[i];
		if (i)
			*p++ = '.';
		if (v >= 100)
			*p++ = (char)('0' + v / 100);
		if (v >= 10)
			*p++ = (char)('0' + v / 10 % 10);
		*p++ = (char)('0' + v % 10);
	}
	*p = 0;
	return (size_t)(p - d);
}
