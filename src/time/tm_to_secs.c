#include "time_impl.h"

static long long days_from_civil(long long y, long long m, long long d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Fields out of their usual ranges carry into the next larger unit, as
 * mktime requires; the month carries into the year first. */
long long __lstar_tm_to_secs(const struct tm *tm)
{
	long long year = (long long)tm->tm_year + 1900;
	long long mon = tm->tm_mon;
	year += mon / 12;
	mon %= 12;
	if (mon < 0) {
		mon += 12;
		year--;
	}
	long long days = days_from_civil(year, mon + 1, 1) + tm->tm_mday - 1;
	return days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}
