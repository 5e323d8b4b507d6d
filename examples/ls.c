/* ls [-a] [-l] [DIR]...: list directory entries sorted by name; -a shows
 * names starting with '.', -l adds type/mode, link count, size and the
 * modification time (UTC).  Standard API only (dirent, stat, strftime). */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

static int all, longfmt;

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mode_string(mode_t m, char *s)
{
	const char *rwx = "rwxrwxrwx";
	s[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISBLK(m) ? 'b' :
	       S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : '-';
	for (int i = 0; i < 9; i++)
		s[i + 1] = m & (0400 >> i) ? rwx[i] : '-';
	s[10] = 0;
}

static void show(const char *dir, const char *name)
{
	if (!longfmt) {
		puts(name);
		return;
	}
	char path[4096], mode[11], when[32];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (lstat(path, &st)) {
		printf("?????????? %s\n", name);
		return;
	}
	mode_string(st.st_mode, mode);
	struct tm tm;
	strftime(when, sizeof when, "%Y-%m-%d %H:%M", gmtime_r(&st.st_mtime, &tm));
	printf("%s %3lu %10lld %s %s\n", mode, (unsigned long)st.st_nlink,
	       (long long)st.st_size, when, name);
}

static int list(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	size_t n = 0, cap = 64;
	char **names = malloc(cap * sizeof *names);
	struct dirent *e;
	errno = 0;
	while (names && (e = readdir(d))) {
		if (!all && e->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **bigger = realloc(names, (cap *= 2) * sizeof *names);
			if (!bigger)
				break;
			names = bigger;
		}
		names[n++] = strdup(e->d_name);
	}
	int err = errno;
	closedir(d);
	if (!names)
		return -1;
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		show(dir, names[i]);
		free(names[i]);
	}
	free(names);
	errno = err;
	return err ? -1 : 0;
}

int main(int argc, char **argv)
{
	int i = 1, status = 0;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'a')
				all = 1;
			else if (*p == 'l')
				longfmt = 1;
			else {
				fprintf(stderr, "usage: %s [-al] [dir...]\n", argv[0]);
				return 2;
			}
		}
	}
	if (i == argc)
		return list(".") ? 1 : 0;
	for (int first = i; i < argc; i++) {
		if (argc - first > 1)
			printf("%s%s:\n", i > first ? "\n" : "", argv[i]);
		if (list(argv[i])) {
			fprintf(stderr, "%s: %s: %s\n", argv[0], argv[i], strerror(errno));
			status = 1;
		}
	}
	return status;
}
