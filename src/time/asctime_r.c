#include <time.h>
#include <errno.h>

static char *put_num(char *p, long v, int width, char fill)
{
	char tmp[20];
	int n = 0, neg = v < 0;
	unsigned long u = neg ? 0 - (unsigned long)v : (unsigned long)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	for (int i = n + neg; i < width; i++)
		*p++ = fill;
	if (neg)
		*p++ = '-';
	while (n)
		*p++ = tmp[--n];
	return p;
}

static char *put3(char *p, const char *s)
{
	p[0] = s[0];
	p[1] = s[1];
	p[2] = s[2];
	return p + 3;
}

/* "Sun Sep 16 01:03:52 1973\n", as C11 7.27.3.1 defines it.  The caller's
 * buffer is 26 bytes by contract: text that would not fit (a year past
 * 9999, fields far out of range) is EOVERFLOW, as in glibc. */
char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	static const char wd[] = "SunMonTueWedThuFriSat";
	static const char mn[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	long year = (long)tm->tm_year + 1900;
	char tmp[96], *p = tmp;
	p = put3(p, (unsigned)tm->tm_wday < 7 ? wd + 3 * tm->tm_wday : "???");
	*p++ = ' ';
	p = put3(p, (unsigned)tm->tm_mon < 12 ? mn + 3 * tm->tm_mon : "???");
	p = put_num(p, tm->tm_mday, 3, ' ');
	*p++ = ' ';
	p = put_num(p, tm->tm_hour, 2, '0');
	*p++ = ':';
	p = put_num(p, tm->tm_min, 2, '0');
	*p++ = ':';
	p = put_num(p, tm->tm_sec, 2, '0');
	*p++ = ' ';
	p = put_num(p, year, 1, '0');
	*p++ = '\n';
	if (p - tmp >= 26) {
		errno = EOVERFLOW;
		return 0;
	}
	for (char *q = tmp; q < p; q++)
		*buf++ = *q;
	*buf = 0;
	return buf - (p - tmp);
}
