#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Every entry that passes filter is copied into its own malloc'd block
 * (the caller frees each, then the array), then the array is sorted with
 * cmp.  On any failure nothing is leaked and errno tells why. */
int scandir(const char *path, struct dirent ***list,
	    int (*filter)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	if (!d)
		return -1;
	struct dirent **v = 0, *e;
	size_t n = 0, cap = 0;
	int old = errno;

	errno = 0;
	while ((e = readdir(d))) {
		if (filter && !filter(e))
			continue;
		if (n == cap) {
			size_t ncap = cap ? 2 * cap : 32;
			struct dirent **nv = realloc(v, ncap * sizeof *v);
			if (!nv)
				break;
			v = nv;
			cap = ncap;
		}
		struct dirent *copy = malloc(e->d_reclen);
		if (!copy)
			break;
		memcpy(copy, e, e->d_reclen);
		v[n++] = copy;
	}
	int err = errno;
	closedir(d);
	if (err) {
		while (n)
			free(v[--n]);
		free(v);
		errno = err;
		return -1;
	}
	errno = old;
	if (cmp && n > 1)
		qsort(v, n, sizeof *v, (int (*)(const void *, const void *))cmp);
	*list = v;
	return (int)n;
}
