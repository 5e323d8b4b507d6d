#include <time.h>

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

/* Nothing to read: local time is always UTC in lstar. */
void tzset(void)
{
}
