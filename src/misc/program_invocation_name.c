#include "libc.h"

char *program_invocation_name = "";
char *program_invocation_short_name = "";

/* Called from start-up through a weak reference, so only programs that
 * use these names pay for setting them.  No system call. */
__hidden void __lstar_init_progname(char *argv0)
{
	if (!argv0)
		return;
	program_invocation_name = argv0;
	program_invocation_short_name = argv0;
	for (char *p = argv0; *p; p++)
		if (*p == '/')
			program_invocation_short_name = p + 1;
}
