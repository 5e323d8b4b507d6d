/* With _GNU_SOURCE, <string.h> gives the GNU strerror_r (char *). */
#define _GNU_SOURCE
#include <string.h>
#include <errno.h>
#include <unistd.h>

int main(void)
{
	char buf[8];
	char *m = strerror_r(EACCES, buf, sizeof buf);
	if (strcmp(m, "Permission denied"))	/* the whole message, not buf */
		return 1;
	m = strerror_r(-5, buf, sizeof buf);
	if (m != buf || strcmp(buf, "Unknown"))	/* truncated into buf */
		return 2;
	write(1, "gnu\n", 4);
	return 0;
}
