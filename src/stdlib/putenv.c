#include <stdlib.h>
#include <string.h>
#include "env.h"

/* s itself becomes part of the environment.  Without '=' the name is
 * removed, as glibc does. */
int putenv(char *s)
{
	char *eq = strchr(s, '=');
	if (!eq) {
		__lstar_env_remove(s, strlen(s));
		return 0;
	}
	if (eq == s)
		return 0;
	return __lstar_env_put(s, eq - s);
}
