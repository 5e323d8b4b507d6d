#include <unistd.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A file the kernel will not execute (ENOEXEC: no #! line, not ELF) is run
 * as a shell script, as POSIX and glibc do: /bin/sh file args... */
static void exec_script(const char *path, char *const argv[], char *const envp[])
{
	int argc = 0;
	while (argv[argc])
		argc++;
	const char *nargv[argc + 2];
	nargv[0] = "/bin/sh";
	nargv[1] = path;
	for (int i = 1; i <= argc; i++)
		nargv[i + 1] = argv[i];
	if (argc == 0)
		nargv[2] = 0;
	execve(nargv[0], (char *const *)nargv, envp);
}

static void try_exec(const char *path, char *const argv[], char *const envp[])
{
	execve(path, argv, envp);
	if (errno == ENOEXEC) {
		exec_script(path, argv, envp);
		errno = ENOEXEC;
	}
}

/*
 * PATH search as in glibc: a name with a slash is run as given; otherwise
 * each PATH element is tried in order (an empty element is the current
 * directory; no PATH means "/bin:/usr/bin").  Missing files and
 * directories move on to the next element; EACCES is remembered and
 * reported if nothing else ran; any other error ends the search.
 */
int execvpe(const char *file, char *const argv[], char *const envp[])
{
	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) {
		try_exec(file, argv, envp);
		return -1;
	}
	size_t flen = strlen(file);
	if (flen > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/bin:/usr/bin";

	int eacces = 0;
	char buf[PATH_MAX + NAME_MAX + 2];
	for (const char *p = path;; p++) {
		const char *end = strchr(p, ':');
		size_t dlen = end ? (size_t)(end - p) : strlen(p);
		if (dlen < PATH_MAX) {
			memcpy(buf, p, dlen);
			size_t n = dlen;
			if (n)
				buf[n++] = '/';
			memcpy(buf + n, file, flen + 1);
			try_exec(buf, argv, envp);
			switch (errno) {
			case EACCES:
				eacces = 1;
				break;
			case ENOENT:
			case ENOTDIR:
			case ESTALE:
			case ENODEV:
			case ETIMEDOUT:
				break;
			default:
				return -1;
			}
		}
		if (!end)
			break;
		p = end;
	}
	if (eacces)
		errno = EACCES;
	return -1;
}
