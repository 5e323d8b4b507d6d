/* Without _GNU_SOURCE, <string.h> gives the POSIX strerror_r (int). */
#include <string.h>
#include <errno.h>
#include <unistd.h>

int main(void)
{
	char buf[64], tiny[4];
	int r = strerror_r(ENOENT, buf, sizeof buf);
	if (r != 0 || strcmp(buf, "No such file or directory"))
		return 1;
	if (strerror_r(ENOENT, tiny, sizeof tiny) != ERANGE || strcmp(tiny, "No "))
		return 2;
	if (strerror_r(9999, buf, sizeof buf) != EINVAL || strcmp(buf, "Unknown error 9999"))
		return 3;
	write(1, buf, strlen(buf));
	return 0;
}
