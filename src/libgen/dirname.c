#include <libgen.h>
#include <string.h>

/*
 * POSIX dirname, with glibc's answers for paths made of leading slashes
 * only: exactly two leading slashes stay "//" (POSIX leaves a path that
 * begins with exactly two slashes implementation-defined, XBD 4.13), any
 * other number collapses to "/".  Writes a NUL into path; never fails.
 */
static char *root(char *path, size_t nslash)
{
	path[nslash == 2 ? 2 : 1] = '\0';
	return path;
}

char *dirname(char *path)
{
	if (!path || !*path)
		return ".";
	size_t end = strlen(path);
	while (end > 0 && path[end - 1] == '/')
		end--;
	if (end == 0)
		return root(path, strlen(path));
	while (end > 0 && path[end - 1] != '/')
		end--;
	if (end == 0)
		return ".";
	size_t slash = end - 1;
	while (end > 0 && path[end - 1] == '/')
		end--;
	if (end == 0)
		return root(path, slash + 1);
	path[end] = '\0';
	return path;
}
