#include <sys/stat.h>
#include "pathconf_value.h"

long pathconf(const char *path, int name)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	return __lstar_pathconf_value(name);
}
