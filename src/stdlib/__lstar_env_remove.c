#include <string.h>
#include "env.h"

void __lstar_env_remove(const char *name, size_t n)
{
	char **out = __environ;
	if (!out)
		return;
	for (char **e = __environ; *e; e++)
		if (strncmp(*e, name, n) || (*e)[n] != '=')
			*out++ = *e;
	*out = 0;
}
