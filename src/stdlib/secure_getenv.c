#include <stdlib.h>
#include <sys/auxv.h>

/* AT_SECURE is set for set-user-ID and similar executions. */
char *secure_getenv(const char *name)
{
	return getauxval(AT_SECURE) ? 0 : getenv(name);
}
