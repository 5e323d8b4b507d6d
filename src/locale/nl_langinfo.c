#include <langinfo.h>

static const char *const days[] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December" };

/* The C locale's answers, named as glibc names them (its codeset name for
 * ASCII is "ANSI_X3.4-1968").  Unknown items give "". */
char *nl_langinfo(nl_item item)
{
	const char *s = "";
	if (item >= ABDAY_1 && item < ABDAY_1 + 14)
		s = days[item - ABDAY_1];
	else if (item >= ABMON_1 && item < ABMON_1 + 24)
		s = months[item - ABMON_1];
	else switch (item) {
	case CODESET: s = "ANSI_X3.4-1968"; break;
	case RADIXCHAR: s = "."; break;
	case AM_STR: s = "AM"; break;
	case PM_STR: s = "PM"; break;
	case D_T_FMT: s = "%a %b %e %H:%M:%S %Y"; break;
	case D_FMT: s = "%m/%d/%y"; break;
	case T_FMT: s = "%H:%M:%S"; break;
	case T_FMT_AMPM: s = "%I:%M:%S %p"; break;
	case YESEXPR: s = "^[yY]"; break;
	case NOEXPR: s = "^[nN]"; break;
	}
	return (char *)s;
}
