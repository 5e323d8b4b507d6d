#include <time.h>
#include <string.h>

/*
 * strftime for the C locale, following glibc's output for every C99
 * conversion plus glibc's %k %l %P %s and its flags: `_` (pad with
 * spaces), `-` (no padding), `0` (pad with zeros), `^` (upper case), `#`
 * (swap case), a field width, and the E and O modifiers (which change
 * nothing in the C locale).  Nothing is written past max; when the result
 * and its NUL do not fit, the return is 0.
 */

static const char *const wday_name[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const mon_name[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December" };

struct out {
	char *s;
	size_t max, n;
};

struct spec {
	char pad;	/* 0, '_', '-' or '0' */
	int width;	/* -1 when none was given */
	int upper, swap;
};

static void put(struct out *o, char c)
{
	if (o->n < o->max)
		o->s[o->n] = c;
	o->n++;
}

/* A field width pads even under '-' (which only drops a number's own
 * leading zeros or spaces), as in glibc. */
static void put_padding(struct out *o, const struct spec *sp, size_t len, char fill)
{
	if (sp->width < 0)
		return;
	for (size_t i = len; i < (size_t)sp->width; i++)
		put(o, fill);
}

static char to_upper(char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static char to_lower(char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* case_: 0 as is, 1 upper, -1 lower. */
static void put_str(struct out *o, const struct spec *sp, const char *s, size_t len, int case_)
{
	put_padding(o, sp, len, sp->pad == '0' ? '0' : ' ');
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (case_ > 0 || sp->upper)
			c = to_upper(c);
		else if (case_ < 0)
			c = to_lower(c);
		put(o, c);
	}
}

/* A number with at least `digits` digits; space_pad for %e %k %l. */
static void put_num(struct out *o, const struct spec *sp, long long v, int digits, int space_pad)
{
	char buf[24];
	int len = 0, neg = v < 0;
	unsigned long long u = neg ? 0 - (unsigned long long)v : (unsigned long long)v;
	char pad = sp->pad ? sp->pad : space_pad ? '_' : '0';

	do {
		buf[len++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	int width = sp->width >= 0 ? sp->width : digits;
	int body = len + neg;
	if (pad == '-') {
		put_padding(o, sp, (size_t)body, ' ');
		width = 0;
	}
	if (pad == '_') {
		for (int i = body; i < width; i++)
			put(o, ' ');
		if (neg)
			put(o, '-');
	} else {
		if (neg)
			put(o, '-');
		for (int i = body; i < width; i++)
			put(o, '0');
	}
	while (len)
		put(o, buf[--len]);
}

static int is_leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO 8601 week-based year and week of tm (weeks start on Monday; week 1
 * holds the year's first Thursday). */
static void iso_week(const struct tm *tm, long long *year, int *week)
{
	long long y = (long long)tm->tm_year + 1900;
	int wday = (tm->tm_wday + 6) % 7;	/* Monday = 0 */
	int yday = tm->tm_yday;
	int w = (yday - wday + 10) / 7;

	if (w < 1) {
		y--;
		int prev_days = is_leap(y) ? 366 : 365;
		w = (yday + prev_days - wday + 10) / 7;
	} else if (w == 53) {
		int days = is_leap(y) ? 366 : 365;
		/* A week belongs to the year holding its Thursday. */
		if (yday - wday + 3 >= days) {
			y++;
			w = 1;
		}
	}
	*year = y;
	*week = w;
}

static size_t format(struct out *o, const char *fmt, const struct tm *tm);

/* A conversion defined as another format (%c %D %F %r %R %T %x %X):
 * formatted apart, then padded and cased as one string. */
static void put_sub(struct out *o, const struct spec *sp, const char *sub, const struct tm *tm)
{
	char buf[128];
	struct out t = { buf, sizeof buf, 0 };
	format(&t, sub, tm);
	size_t len = t.n < sizeof buf ? t.n : sizeof buf;
	put_str(o, sp, buf, len, 0);
}

static const char *name_or_q(const char *const *names, int n, int i)
{
	return i >= 0 && i < n ? names[i] : "?";
}

static void convert(struct out *o, struct spec *sp, char c, const struct tm *tm)
{
	long long year = (long long)tm->tm_year + 1900;
	const char *s;
	int case_ = 0;
	long long iy;
	int iw;

	switch (c) {
	case 'a':
	case 'A':
	case 'b':
	case 'h':
	case 'B':
		if (c == 'a' || c == 'A')
			s = name_or_q(wday_name, 7, tm->tm_wday);
		else
			s = name_or_q(mon_name, 12, tm->tm_mon);
		if (sp->swap)
			case_ = 1;
		put_str(o, sp, s, (c == 'A' || c == 'B' || *s == '?') ? strlen(s) : 3, case_);
		return;
	case 'c': put_sub(o, sp, "%a %b %e %H:%M:%S %Y", tm); return;
	case 'C': {
		long long cent = year / 100 - (year % 100 < 0);
		put_num(o, sp, cent, 1, 0);
		return;
	}
	case 'd': put_num(o, sp, tm->tm_mday, 2, 0); return;
	case 'D': put_sub(o, sp, "%m/%d/%y", tm); return;
	case 'e': put_num(o, sp, tm->tm_mday, 2, 1); return;
	case 'F': put_sub(o, sp, "%Y-%m-%d", tm); return;
	case 'g':
	case 'G':
		iso_week(tm, &iy, &iw);
		if (c == 'G') {
			put_num(o, sp, iy, 1, 0);
		} else {
			put_num(o, sp, (iy % 100 + 100) % 100, 2, 0);
		}
		return;
	case 'H': put_num(o, sp, tm->tm_hour, 2, 0); return;
	case 'I': put_num(o, sp, (tm->tm_hour + 11) % 12 + 1, 2, 0); return;
	case 'j': put_num(o, sp, tm->tm_yday + 1LL, 3, 0); return;
	case 'k': put_num(o, sp, tm->tm_hour, 2, 1); return;
	case 'l': put_num(o, sp, (tm->tm_hour + 11) % 12 + 1, 2, 1); return;
	case 'm': put_num(o, sp, tm->tm_mon + 1LL, 2, 0); return;
	case 'M': put_num(o, sp, tm->tm_min, 2, 0); return;
	case 'n': put_str(o, sp, "\n", 1, 0); return;
	case 't': put_str(o, sp, "\t", 1, 0); return;
	case 'p':
	case 'P':
		s = tm->tm_hour >= 12 ? "PM" : "AM";
		put_str(o, sp, s, 2, c == 'P' || sp->swap ? -1 : 0);
		return;
	case 'r': put_sub(o, sp, "%I:%M:%S %p", tm); return;
	case 'R': put_sub(o, sp, "%H:%M", tm); return;
	case 's': {
		struct tm copy = *tm;
		put_num(o, sp, mktime(&copy), 1, 0);
		return;
	}
	case 'S': put_num(o, sp, tm->tm_sec, 2, 0); return;
	case 'T': put_sub(o, sp, "%H:%M:%S", tm); return;
	case 'u': put_num(o, sp, (tm->tm_wday + 6) % 7 + 1, 1, 0); return;
	case 'U': put_num(o, sp, (tm->tm_yday - tm->tm_wday + 7) / 7, 2, 0); return;
	case 'V':
		iso_week(tm, &iy, &iw);
		put_num(o, sp, iw, 2, 0);
		return;
	case 'w': put_num(o, sp, tm->tm_wday, 1, 0); return;
	case 'W': put_num(o, sp, (tm->tm_yday - (tm->tm_wday + 6) % 7 + 7) / 7, 2, 0); return;
	case 'x': put_sub(o, sp, "%m/%d/%y", tm); return;
	case 'X': put_sub(o, sp, "%H:%M:%S", tm); return;
	case 'y': put_num(o, sp, (year % 100 + 100) % 100, 2, 0); return;
	/* glibc (2.36) pads neither %Y nor %C nor %G to a fixed width. */
	case 'Y': put_num(o, sp, year, 1, 0); return;
	case 'z': {
		/* glibc applies the field width to the sign and to the digits
		 * alike ("%010z" is 20 characters): kept for identical output. */
		long off = tm->tm_gmtoff;
		unsigned long a = off < 0 ? 0 - (unsigned long)off : (unsigned long)off;
		put_str(o, sp, off < 0 ? "-" : "+", 1, 0);
		put_num(o, sp, (long long)(a / 3600 * 100 + a / 60 % 60), 4, 0);
		return;
	}
	case 'Z':
		s = tm->tm_zone ? tm->tm_zone : "";
		put_str(o, sp, s, strlen(s), sp->swap ? -1 : 0);
		return;
	case '%': put_str(o, sp, "%", 1, 0); return;
	}
}

static size_t format(struct out *o, const char *fmt, const struct tm *tm)
{
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			put(o, *p);
			continue;
		}
		const char *start = p++;
		struct spec sp = { 0, -1, 0, 0 };
		for (;; p++) {
			if (*p == '_' || *p == '-' || *p == '0')
				sp.pad = *p;
			else if (*p == '^')
				sp.upper = 1;
			else if (*p == '#')
				sp.swap = 1;
			else
				break;
		}
		if (*p >= '1' && *p <= '9') {
			sp.width = 0;
			while (*p >= '0' && *p <= '9') {
				if (sp.width < 100000)
					sp.width = sp.width * 10 + (*p - '0');
				p++;
			}
		}
		if (*p == 'E' || *p == 'O')
			p++;
		if (*p && strchr("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%", *p)) {
			convert(o, &sp, *p, tm);
		} else {
			/* Unknown conversion: copied as written (padded to its
			 * width), as glibc does. */
			put_str(o, &sp, start, (size_t)(p - start) + (*p != 0), 0);
			if (!*p)
				break;
		}
	}
	return o->n;
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt, const struct tm *restrict tm)
{
	struct out o = { s, max, 0 };
	format(&o, fmt, tm);
	if (o.n >= max)
		return 0;
	s[o.n] = 0;
	return o.n;
}
