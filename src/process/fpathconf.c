#include <sys/stat.h>
#include "pathconf_value.h"

long fpathconf(int fd, int name)
{
	struct stat st;
	if (fstat(fd, &st))
		return -1;
	return __lstar_pathconf_value(name);
}
