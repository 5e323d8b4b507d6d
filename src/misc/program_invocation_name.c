#include "libc.h"

char *program_invocation_name = "";
char *program_invocation_short_name = "";

/* Set from this object's own .preinit_array entry, so only programs that
 * use these names pay for setting them, before any constructor can print
 * them.  No system call. */
static void init_progname(int argc, char **argv, char **envp)
{
	char *argv0 = argv[0];	/* NULL when argc is 0 */
	(void)argc;
	(void)envp;
	if (!argv0)
		return;
	program_invocation_name = argv0;
	program_invocation_short_name = argv0;
	for (char *p = argv0; *p; p++)
		if (*p == '/')
			program_invocation_short_name = p + 1;
}

__attribute__((section(".preinit_array"), used))
static void (*const init_progname_p)(int, char **, char **) = init_progname;
