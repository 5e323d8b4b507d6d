/* GNU basename, declared by <string.h> under _GNU_SOURCE (unless
 * <libgen.h> has already mapped basename to the POSIX __xpg_basename):
 * whatever follows the last slash, "" when the path ends in one.  It never
 * writes to its argument. */
#define _GNU_SOURCE
#include <string.h>

char *basename(const char *path)
{
	const char *last = strrchr(path, '/');
	return (char *)(last ? last + 1 : path);
}
