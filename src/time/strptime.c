#define _GNU_SOURCE
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/*
 * strptime in the C locale, following glibc where POSIX leaves room:
 * numbers may be preceded by spaces; names match in full or abbreviated,
 * any case; a fields left unset keep the caller's values, except that
 * once a date was parsed the weekday and day of the year are derived
 * (glibc's "want_xday"), and %U/%W with a weekday give the date.  %V, %G
 * and %g are parsed and checked but not used (glibc neither).
 */

static const char days[7][10] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char months[12][10] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

struct state {
	int century;	/* -1: none */
	int want_century;	/* %y seen */
	int have_I, is_pm, have_wday, have_yday, have_mon, have_mday, want_xday;
	int week_from;	/* -1: no %U/%W; else the week's first day (0 Sunday) */
	int week_no;
};

static const char *skip_space(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* Up to width digits after optional spaces, in [lo, hi]; NULL if none or
 * out of range.  As glibc, a digit that would overshoot hi is left for
 * the next conversion ("60" for %M reads 6). */
static const char *number(const char *s, int lo, int hi, int width, int *out)
{
	s = skip_space(s);
	if (!isdigit((unsigned char)*s))
		return 0;
	int v = *s++ - '0';
	for (int n = 1; n < width && v * 10 <= hi && isdigit((unsigned char)*s); n++)
		v = v * 10 + (*s++ - '0');
	if (v < lo || v > hi)
		return 0;
	*out = v;
	return s;
}

/* One of n names, full or its first three letters, any case. */
static const char *name(const char *s, const char (*names)[10], int n, int *out)
{
	s = skip_space(s);
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names[i]);
		if (!strncasecmp(s, names[i], len)) {
			*out = i;
			return s + len;
		}
		if (!strncasecmp(s, names[i], 3)) {
			*out = i;
			return s + 3;
		}
	}
	return 0;
}

static int is_leap(long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static const short before_month[2][13] = {
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

static void day_of_week(struct tm *tm)
{
	/* days from 1970-01-01 (a Thursday) to the date, by the civil
	 * calendar */
	long y = (long)tm->tm_year + 1900 - (tm->tm_mon < 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long m = tm->tm_mon < 2 ? tm->tm_mon + 10 : tm->tm_mon - 2;
	long doy = (153 * m + 2) / 5 + tm->tm_mday - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long days_ = era * 146097 + doe - 719468;
	tm->tm_wday = (int)(((days_ + 4) % 7 + 7) % 7);
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st);

/* One conversion, f just after the '%' (and any E/O modifier). */
static const char *conv(const char *s, char c, struct tm *tm, struct state *st)
{
	int v;
	switch (c) {
	case '%':
		return *s == '%' ? s + 1 : 0;
	case 'n': case 't':
		return skip_space(s);
	case 'a': case 'A':
		if ((s = name(s, days, 7, &tm->tm_wday)))
			st->have_wday = 1;
		return s;
	case 'b': case 'B': case 'h':
		if ((s = name(s, months, 12, &tm->tm_mon)))
			st->have_mon = st->want_xday = 1;
		return s;
	case 'c':
		return parse(s, "%a %b %e %H:%M:%S %Y", tm, st);
	case 'C':
		if ((s = number(s, 0, 99, 2, &st->century)))
			st->want_xday = 1;
		return s;
	case 'd': case 'e':
		if ((s = number(s, 1, 31, 2, &tm->tm_mday)))
			st->have_mday = st->want_xday = 1;
		return s;
	case 'D': case 'x':
		return parse(s, "%m/%d/%y", tm, st);
	case 'F':
		return parse(s, "%Y-%m-%d", tm, st);
	case 'H': case 'k':
		if ((s = number(s, 0, 23, 2, &tm->tm_hour)))
			st->have_I = 0;
		return s;
	case 'I': case 'l':
		if ((s = number(s, 1, 12, 2, &v))) {
			tm->tm_hour = v % 12;
			st->have_I = 1;
		}
		return s;
	case 'j':
		if ((s = number(s, 1, 366, 3, &v))) {
			tm->tm_yday = v - 1;
			st->have_yday = 1;
		}
		return s;
	case 'm':
		if ((s = number(s, 1, 12, 2, &v))) {
			tm->tm_mon = v - 1;
			st->have_mon = st->want_xday = 1;
		}
		return s;
	case 'M':
		return number(s, 0, 59, 2, &tm->tm_min);
	case 'p':
		s = skip_space(s);
		if (!strncasecmp(s, "AM", 2))
			st->is_pm = 0;
		else if (!strncasecmp(s, "PM", 2))
			st->is_pm = 1;
		else
			return 0;
		return s + 2;
	case 'r':
		return parse(s, "%I:%M:%S %p", tm, st);
	case 'R':
		return parse(s, "%H:%M", tm, st);
	case 's': {
		s = skip_space(s);
		int neg = *s == '-';
		if (neg)
			s++;
		if (!isdigit((unsigned char)*s))
			return 0;
		long long t = 0;
		for (; isdigit((unsigned char)*s); s++) {
			if (t > (LLONG_MAX - 9) / 10)
				return 0;
			t = t * 10 + (*s - '0');
		}
		time_t tt = (time_t)(neg ? -t : t);
		return localtime_r(&tt, tm) ? s : 0;
	}
	case 'S':
		return number(s, 0, 61, 2, &tm->tm_sec);
	case 'T': case 'X':
		return parse(s, "%H:%M:%S", tm, st);
	case 'u':
		if ((s = number(s, 1, 7, 1, &v))) {
			tm->tm_wday = v % 7;
			st->have_wday = 1;
		}
		return s;
	case 'w':
		if ((s = number(s, 0, 6, 1, &tm->tm_wday)))
			st->have_wday = 1;
		return s;
	case 'U': case 'W':
		if ((s = number(s, 0, 53, 2, &st->week_no)))
			st->week_from = c == 'U' ? 0 : 1;
		return s;
	case 'V':
		return number(s, 0, 53, 2, &v);
	case 'g':
		return number(s, 0, 99, 2, &v);
	case 'G':
		s = skip_space(s);
		if (!isdigit((unsigned char)*s))
			return 0;
		while (isdigit((unsigned char)*s))
			s++;
		return s;
	case 'y':
		if ((s = number(s, 0, 99, 2, &v))) {
			tm->tm_year = v >= 69 ? v : v + 100;
			st->want_century = st->want_xday = 1;
		}
		return s;
	case 'Y':
		if ((s = number(s, 0, 9999, 4, &v))) {
			tm->tm_year = v - 1900;
			st->want_century = 0;
			st->want_xday = 1;
		}
		return s;
	case 'z': {
		s = skip_space(s);
		if (*s == 'Z') {
			tm->tm_gmtoff = 0;
			return s + 1;
		}
		if (*s != '+' && *s != '-')
			return 0;
		int neg = *s++ == '-', n = 0;
		v = 0;
		while (n < 4 && isdigit((unsigned char)*s)) {
			v = v * 10 + (*s++ - '0');
			if (++n == 2 && *s == ':' && isdigit((unsigned char)s[1]))
				s++;
		}
		if (n == 2)
			v *= 100;
		else if (n != 4 || v % 100 >= 60)
			return 0;
		tm->tm_gmtoff = (v / 100) * 3600L + (v % 100) * 60L;
		if (neg)
			tm->tm_gmtoff = -tm->tm_gmtoff;
		return s;
	}
	case 'Z':	/* a zone name: skipped, as glibc */
		s = skip_space(s);
		while (*s && !isspace((unsigned char)*s))
			s++;
		return s;
	default:
		return 0;
	}
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st)
{
	while (s && *f) {
		if (isspace((unsigned char)*f)) {
			s = skip_space(s);
			f++;
			continue;
		}
		if (*f != '%') {
			if (*s++ != *f++)
				return 0;
			continue;
		}
		f++;
		/* The C locale has no alternative forms, but glibc accepts the
		 * modifiers only where POSIX defines them (and fails %Ey, which
		 * needs an era the C locale lacks). */
		if (*f == 'E' || *f == 'O') {
			if (!f[1] || !strchr(*f == 'E' ? "cCxXY" : "bBhdeHImMSUVwWy", f[1]))
				return 0;
			f++;
		}
		if (!*f)
			return 0;
		s = conv(s, *f++, tm, st);
	}
	return s;
}

/* %U/%W with a weekday: the date in tm_year (glibc's rule; week 1 starts
 * on the year's first Sunday or Monday, week 0 holds the days before). */
static void from_week(struct tm *tm, struct state *st, int leap)
{
	int wday = tm->tm_wday, mday = tm->tm_mday, mon = tm->tm_mon;
	tm->tm_mday = 1;
	tm->tm_mon = 0;
	day_of_week(tm);	/* the weekday of January 1 */
	int jan1 = tm->tm_wday, w = st->week_from;
	tm->tm_mday = st->have_mday ? mday : tm->tm_mday;
	tm->tm_mon = st->have_mon ? mon : tm->tm_mon;
	if (!st->have_yday)
		tm->tm_yday = (7 - (jan1 - w)) % 7 + (st->week_no - 1) * 7 + (wday - w + 7) % 7;
	if ((!st->have_mday || !st->have_mon) && tm->tm_yday >= 0) {
		int m = 0;
		while (m < 12 && before_month[leap][m] <= tm->tm_yday)
			m++;
		if (!st->have_mon)
			tm->tm_mon = m - 1;
		if (!st->have_mday)
			tm->tm_mday = tm->tm_yday - before_month[leap][m - 1] + 1;
	}
	tm->tm_wday = wday;
}

/* glibc's completion once the whole format matched. */
static void finish(struct tm *tm, struct state *st)
{
	if (st->have_I && st->is_pm)
		tm->tm_hour += 12;
	if (st->century != -1)
		tm->tm_year = st->want_century ? tm->tm_year % 100 + (st->century - 19) * 100
					       : (st->century - 19) * 100;
	int leap = is_leap((long)tm->tm_year + 1900);
	if (st->want_xday && !st->have_wday) {
		if (!(st->have_mon && st->have_mday) && st->have_yday) {
			int m = 0;
			while (m < 11 && before_month[leap][m + 1] <= tm->tm_yday)
				m++;
			if (!st->have_mon)
				tm->tm_mon = m;
			if (!st->have_mday)
				tm->tm_mday = tm->tm_yday - before_month[leap][m] + 1;
			st->have_mon = st->have_mday = 1;
		}
		if (tm->tm_year >= -1900)
			day_of_week(tm);
	}
	if (st->want_xday && !st->have_yday && (st->have_mon || (unsigned)tm->tm_mon <= 11))
		tm->tm_yday = before_month[leap][(unsigned)tm->tm_mon <= 11 ? tm->tm_mon : 0] +
			      tm->tm_mday - 1;
	if (st->week_from >= 0 && st->have_wday)
		from_week(tm, st, leap);
}

char *strptime(const char *restrict s, const char *restrict f, struct tm *restrict tm)
{
	struct state st = {.century = -1, .week_from = -1};
	s = parse(s, f, tm, &st);
	if (s)
		finish(tm, &st);
	return (char *)s;
}
