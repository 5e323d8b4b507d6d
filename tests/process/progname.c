/* program_invocation_short_name is set at start-up without a system call:
 * run.py checks the output and that the only calls are write and
 * exit_group. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	(void)argc;
	if (strcmp(program_invocation_name, argv[0]))
		return 1;
	write(1, program_invocation_short_name, strlen(program_invocation_short_name));
	write(1, "\n", 1);
	return 0;
}
