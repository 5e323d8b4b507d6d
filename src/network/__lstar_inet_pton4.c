#include "inet_impl.h"

int __lstar_inet_pton4(const char *s, unsigned char out[4])
{
	unsigned char b[4];
	for (int i = 0; i < 4; i++) {
		if (i && *s++ != '.')
			return 0;
		if (*s < '0' || *s > '9')
			return 0;
		/* A leading zero makes an octal-looking part: refused, as glibc. */
		if (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
			return 0;
		unsigned v = 0;
		for (; *s >= '0' && *s <= '9'; s++)
			if ((v = v * 10 + (unsigned)(*s - '0')) > 255)
				return 0;
		b[i] = (unsigned char)v;
	}
	if (*s)
		return 0;
	for (int i = 0; i < 4; i++)
		out[i] = b[i];
	return 1;
}
