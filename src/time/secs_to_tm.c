#include <limits.h>
#include "time_impl.h"

/* Days since 1970-01-01 -> civil date, proleptic Gregorian, exact for any
 * 64-bit day count that fits (eras of 400 years = 146097 days). */
int __lstar_secs_to_tm(long long t, struct tm *tm)
{
	long long days = t / 86400, secs = t % 86400;
	if (secs < 0) {
		secs += 86400;
		days--;
	}
	long long z = days + 719468;	/* days since 0000-03-01 */
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);	/* from March 1 */
	long long mp = (5 * doy + 2) / 153;
	long long mday = doy - (153 * mp + 2) / 5 + 1;
	long long mon = mp < 10 ? mp + 3 : mp - 9;			/* 1..12 */
	long long year = yoe + era * 400 + (mon <= 2);

	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
		return -1;
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	static const short before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = (int)mon - 1;
	tm->tm_mday = (int)mday;
	tm->tm_yday = before[mon - 1] + (int)mday - 1 + (leap && mon > 2);
	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);	/* 1970-01-01 was a Thursday */
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	return 0;
}
