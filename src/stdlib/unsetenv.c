#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env.h"

int unsetenv(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	if (!n || memchr(name, '=', n)) {
		errno = EINVAL;
		return -1;
	}
	__lstar_env_remove(name, n);
	return 0;
}
