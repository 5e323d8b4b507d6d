#include "inet_impl.h"

/* One part, as strtoul(s, &end, 0) would read it after a digit: 0x/0X and
 * a hex digit start hexadecimal, 0 octal, else decimal.  Values past
 * 0xffffffff fail rather than wrap. */
static int part(const char **sp, unsigned long *out)
{
	const char *s = *sp;
	unsigned base = 10;
	if (s[0] == '0') {
		base = 8;
		if ((s[1] | 0x20) == 'x' && __lstar_hexval(s[2]) >= 0) {
			base = 16;
			s += 2;
		}
	}
	unsigned long v = 0;
	for (int d; (d = __lstar_hexval(*s)) >= 0 && (unsigned)d < base; s++)
		if ((v = v * base + (unsigned)d) > 0xffffffffUL)
			return 0;
	*sp = s;
	*out = v;
	return 1;
}

int __lstar_inet_aton_end(const char *s, struct in_addr *a, const char **end)
{
	static const unsigned long max[] = { 0xffffffff, 0xffffff, 0xffff, 0xff };
	unsigned char b[4] = { 0 };
	unsigned long v;
	int n = 0;
	for (;;) {
		if (*s < '0' || *s > '9' || !part(&s, &v))
			return 0;
		if (*s != '.')
			break;
		if (n == 3 || v > 0xff)
			return 0;
		b[n++] = (unsigned char)v;
		s++;
	}
	/* Anything may follow white space (glibc's inet_aton and inet_addr). */
	if (*s && *s != ' ' && (*s < '\t' || *s > '\r'))
		return 0;
	if (v > max[n])
		return 0;
	unsigned long host = (unsigned long)b[0] << 24 | (unsigned long)b[1] << 16 |
			     (unsigned long)b[2] << 8 | b[3];
	a->s_addr = htonl((in_addr_t)(host | v));
	*end = s;
	return 1;
}
