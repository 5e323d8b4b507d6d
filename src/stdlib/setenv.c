#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "env.h"

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n = name ? strlen(name) : 0;
	if (!n || memchr(name, '=', n) || !value) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	size_t v = strlen(value);
	char *s = malloc(n + v + 2);
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	return __lstar_env_put(s, n);
}
