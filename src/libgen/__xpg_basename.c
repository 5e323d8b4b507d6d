#include <libgen.h>
#include <string.h>

/*
 * POSIX basename, which <libgen.h> maps "basename" to (as glibc does).
 * Trailing slashes are removed by writing a NUL into path; "" and NULL give
 * "."; a path of slashes only gives its last slash, unmodified.  The GNU
 * basename (basename.c) never writes and returns "" for "dir/".
 */
char *__xpg_basename(char *path)
{
	if (!path || !*path)
		return ".";
	size_t len = strlen(path), end = len;
	while (end > 0 && path[end - 1] == '/')
		end--;
	if (end == 0)
		return path + len - 1;
	path[end] = '\0';
	size_t start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	return path + start;
}
