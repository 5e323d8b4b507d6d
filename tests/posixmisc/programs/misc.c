/* An ordinary program using the new headers together, built with
 * lstar-cc -Wall -Wextra: glob, nftw, tsearch, hsearch, strptime, confstr. */
#define _GNU_SOURCE
#include <ftw.h>
#include <glob.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int files, dirs;

static int count(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)path, (void)st, (void)f;
	if (type == FTW_F)
		files++;
	else if (type == FTW_DP)
		dirs++;
	return 0;
}

static int remove_it(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st, (void)type, (void)f;
	return remove(path);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void print_key(const void *node, VISIT v, int depth)
{
	(void)depth;
	if (v == postorder || v == leaf)
		printf(" %s", *(char *const *)node);
}

int main(void)
{
	char dir[] = "/tmp/lstar-posixmisc-XXXXXX", p[64];
	if (!mkdtemp(dir))
		return 1;
	const char *names[] = {"b.c", "a.c", "c.h", "sub/d.c"};
	snprintf(p, sizeof p, "%s/sub", dir);
	mkdir(p, 0755);
	for (int i = 0; i < 4; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, names[i]);
		fclose(fopen(p, "w"));
	}
	glob_t g;
	snprintf(p, sizeof p, "%s/*.c", dir);
	if (glob(p, 0, NULL, &g))
		return 2;
	printf("glob:");
	for (size_t i = 0; i < g.gl_pathc; i++)
		printf(" %s", g.gl_pathv[i] + strlen(dir) + 1);
	printf("\n");
	globfree(&g);

	nftw(dir, count, 8, FTW_PHYS | FTW_DEPTH);
	printf("nftw: %d files, %d dirs\n", files, dirs);
	nftw(dir, remove_it, 8, FTW_PHYS | FTW_DEPTH);

	void *root = NULL;
	const char *words[] = {"pear", "apple", "fig", "kiwi", "apple"};
	for (int i = 0; i < 5; i++)
		tsearch(words[i], &root, cmp);
	printf("tree:");
	twalk(root, print_key);
	printf("\n");

	hcreate(8);
	ENTRY e = {"answer", (void *)42L};
	hsearch(e, ENTER);
	e.data = NULL;
	printf("hsearch: %ld\n", (long)hsearch(e, FIND)->data);

	struct tm tm = {0};
	if (!strptime("2024-02-29 13:14:15", "%F %T", &tm))
		return 3;
	printf("strptime: wday %d yday %d hour %d\n", tm.tm_wday, tm.tm_yday, tm.tm_hour);
	char path[32];
	confstr(_CS_PATH, path, sizeof path);
	printf("confstr: %s\n", path);
	return 0;
}
