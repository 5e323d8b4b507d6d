/* env [-i] [-u NAME]... [NAME=VALUE]... [COMMAND [ARG]...]: print the
 * environment, or run COMMAND (found through PATH) in a modified one.
 * Standard API only. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
	int opt;
	static char *empty[] = { NULL };

	while ((opt = getopt(argc, argv, "+iu:")) != -1) {
		switch (opt) {
		case 'i':
			environ = empty;
			break;
		case 'u':
			if (unsetenv(optarg)) {
				fprintf(stderr, "%s: cannot unset '%s': %s\n", argv[0], optarg, strerror(errno));
				return 125;
			}
			break;
		default:
			fprintf(stderr, "usage: %s [-i] [-u name] [name=value]... [command [arg]...]\n", argv[0]);
			return 125;
		}
	}
	int i = optind;
	for (; i < argc && strchr(argv[i], '='); i++) {
		if (putenv(argv[i])) {
			fprintf(stderr, "%s: cannot set '%s': %s\n", argv[0], argv[i], strerror(errno));
			return 125;
		}
	}
	if (i == argc) {
		for (char **e = environ; *e; e++)
			puts(*e);
		return fflush(stdout) ? 1 : 0;
	}
	execvp(argv[i], argv + i);
	int err = errno;
	fprintf(stderr, "%s: '%s': %s\n", argv[0], argv[i], strerror(err));
	return err == ENOENT ? 127 : 126;
}
