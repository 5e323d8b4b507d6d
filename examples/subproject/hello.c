#include <string.h>
#include <unistd.h>

/* Built by the enclosing project against lstar: a static program that
 * makes exactly the system calls it asks for (write, exit_group). */
int main(int argc, char **argv)
{
	const char *who = argc > 1 ? argv[1] : "subproject";

	if (write(1, "Hello from ", 11) != 11 ||
	    write(1, who, strlen(who)) != (ssize_t)strlen(who) ||
	    write(1, "!\n", 2) != 2)
		return 1;
	return 0;
}
