/*
 * lstar's directory reading against glibc's on the same directories: the
 * same names, inode numbers and d_type; telldir/seekdir/rewinddir; error
 * cases (missing path, not a directory, bad fd, NULL path).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "process_api.h"

static char dir[64];

struct entry {
	char name[256];
	unsigned long ino;
	unsigned char type;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static int setup(void **state)
{
	char path[128];
	(void)state;
	strcpy(dir, "/tmp/lstar-dirent-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	/* Enough entries (long names) to need several getdents64 calls. */
	for (int i = 0; i < 600; i++) {
		snprintf(path, sizeof path, "%s/file-%04d-%s", dir, i,
			 "with-a-rather-long-name-to-fill-the-buffer-quickly");
		int fd = open(path, O_CREAT | O_WRONLY, 0644);
		if (fd < 0)
			return -1;
		close(fd);
	}
	snprintf(path, sizeof path, "%s/subdir", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/link", dir);
	symlink("subdir", path);
	snprintf(path, sizeof path, "%s/fifo", dir);
	mkfifo(path, 0644);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd);
}

static size_t list_lstar(const char *path, struct entry *out, size_t max)
{
	LSTAR_DIR *d = lstar_opendir(path);
	assert_non_null(d);
	size_t n = 0;
	struct dirent *e;
	lstar_errno = 0;
	while ((e = lstar_readdir(d)) && n < max) {
		strcpy(out[n].name, e->d_name);
		out[n].ino = e->d_ino;
		out[n].type = e->d_type;
		n++;
	}
	assert_int_equal(lstar_errno, 0);	/* the end is not an error */
	assert_int_equal(lstar_closedir(d), 0);
	qsort(out, n, sizeof *out, by_name);
	return n;
}

static size_t list_glibc(const char *path, struct entry *out, size_t max)
{
	DIR *d = opendir(path);
	assert_non_null(d);
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < max) {
		strcpy(out[n].name, e->d_name);
		out[n].ino = e->d_ino;
		out[n].type = e->d_type;
		n++;
	}
	closedir(d);
	qsort(out, n, sizeof *out, by_name);
	return n;
}

static void compare(const char *path)
{
	static struct entry a[2048], b[2048];
	size_t na = list_lstar(path, a, 2048), nb = list_glibc(path, b, 2048);
	assert_int_equal(na, nb);
	assert_true(na > 0);
	for (size_t i = 0; i < na; i++) {
		assert_string_equal(a[i].name, b[i].name);
		assert_int_equal(a[i].ino, b[i].ino);
		assert_int_equal(a[i].type, b[i].type);
	}
}

static void test_listing_vs_glibc(void **state)
{
	(void)state;
	compare(dir);
	compare("/");
	compare("/proc/self");
	compare("/dev");
}

static void test_tell_seek_rewind(void **state)
{
	(void)state;
	LSTAR_DIR *d = lstar_opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	char want[256];
	long pos = -1;
	for (int i = 0; i < 300; i++) {
		e = lstar_readdir(d);
		assert_non_null(e);
		if (i == 200) {
			pos = lstar_telldir(d);
			e = lstar_readdir(d);
			strcpy(want, e->d_name);
		}
	}
	lstar_seekdir(d, pos);
	e = lstar_readdir(d);
	assert_non_null(e);
	assert_string_equal(e->d_name, want);

	lstar_rewinddir(d);
	size_t count = 0;
	while (lstar_readdir(d))
		count++;
	assert_int_equal(count, 600 + 3 + 2);

	/* readdir_r copies the entry out. */
	lstar_rewinddir(d);
	struct dirent ent, *res = NULL;
	assert_int_equal(lstar_readdir_r(d, &ent, &res), 0);
	assert_ptr_equal(res, &ent);
	assert_true(ent.d_name[0] != 0);
	while (res)
		assert_int_equal(lstar_readdir_r(d, &ent, &res), 0);

	int fd = lstar_dirfd(d);
	struct stat st;
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	assert_int_equal(lstar_closedir(d), 0);
	assert_int_equal(fcntl(fd, F_GETFD), -1);	/* closed with the DIR */
}

static void test_fdopendir(void **state)
{
	(void)state;
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	assert_true(fd >= 0);
	LSTAR_DIR *d = lstar_fdopendir(fd);
	assert_non_null(d);
	assert_int_equal(lstar_dirfd(d), fd);
	assert_non_null(lstar_readdir(d));
	assert_int_equal(lstar_closedir(d), 0);

	int f = open("/proc/self/exe", O_RDONLY);
	lstar_errno = 0;
	assert_null(lstar_fdopendir(f));
	assert_int_equal(lstar_errno, ENOTDIR);
	close(f);
	lstar_errno = 0;
	assert_null(lstar_fdopendir(-1));
	assert_int_equal(lstar_errno, EBADF);
}

static void test_errors(void **state)
{
	(void)state;
	lstar_errno = 0;
	assert_null(lstar_opendir("/nonexistent/lstar"));
	assert_int_equal(lstar_errno, ENOENT);
	lstar_errno = 0;
	assert_null(lstar_opendir("/proc/self/exe"));
	assert_int_equal(lstar_errno, ENOTDIR);
	lstar_errno = 0;
	assert_null(lstar_opendir(NULL));
	assert_int_equal(lstar_errno, EFAULT);
	lstar_errno = 0;
	assert_null(lstar_opendir(""));
	assert_int_equal(lstar_errno, ENOENT);
}

static void test_alphasort(void **state)
{
	(void)state;
	struct dirent a = { .d_name = "apple" }, b = { .d_name = "banana" };
	const struct dirent *pa = &a, *pb = &b;
	assert_true(lstar_alphasort(&pa, &pb) < 0);
	assert_true(lstar_alphasort(&pb, &pa) > 0);
	assert_int_equal(lstar_alphasort(&pa, &pa), 0);
}

static int no_dots(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

static void test_scandir_vs_glibc(void **state)
{
	(void)state;
	struct dirent **a, **b;
	int na = lstar_scandir(dir, &a, no_dots, lstar_alphasort);
	int nb = scandir(dir, &b, no_dots, alphasort);
	assert_int_equal(na, nb);
	assert_int_equal(na, 600 + 3);
	for (int i = 0; i < na; i++) {
		assert_string_equal(a[i]->d_name, b[i]->d_name);
		assert_int_equal(a[i]->d_ino, b[i]->d_ino);
		lstar_free(a[i]);
		free(b[i]);
	}
	lstar_free(a);
	free(b);
	/* No filter, no sort: every entry, "." and ".." included. */
	na = lstar_scandir(dir, &a, NULL, NULL);
	assert_int_equal(na, 600 + 3 + 2);
	for (int i = 0; i < na; i++)
		lstar_free(a[i]);
	lstar_free(a);
	lstar_errno = 0;
	assert_int_equal(lstar_scandir("/nonexistent/x", &a, NULL, NULL), -1);
	assert_int_equal(lstar_errno, ENOENT);
}

/* scandir with versionsort: the same order as glibc's on names where
 * version order and byte order disagree. */
static void test_versionsort_vs_glibc(void **state)
{
	(void)state;
	static const char *names[] = { "file1", "file10", "file9", "file09", "file010", "file0",
				       "lib-1.2.10.so", "lib-1.2.9.so", "lib-1.10.so", "v000", "v00",
				       "x", "x1", "x01" };
	char vdir[64] = "/tmp/lstar-versions-XXXXXX", path[256];
	assert_non_null(mkdtemp(vdir));
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", vdir, names[i]);
		close(open(path, O_CREAT | O_WRONLY, 0644));
	}
	struct dirent **a, **b;
	int na = lstar_scandir(vdir, &a, no_dots, lstar_versionsort);
	int nb = scandir(vdir, &b, no_dots, versionsort);
	assert_int_equal(na, (int)(sizeof names / sizeof *names));
	assert_int_equal(na, nb);
	for (int i = 0; i < na; i++) {
		assert_string_equal(a[i]->d_name, b[i]->d_name);
		lstar_free(a[i]);
		free(b[i]);
	}
	lstar_free(a);
	free(b);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", vdir, names[i]);
		unlink(path);
	}
	rmdir(vdir);
	struct dirent x = { .d_name = "file9" }, y = { .d_name = "file10" };
	const struct dirent *px = &x, *py = &y;
	assert_true(lstar_versionsort(&px, &py) < 0);
	assert_true(lstar_alphasort(&px, &py) > 0);
}

static void test_getdents64(void **state)
{
	(void)state;
	char buf[4096];
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	assert_true(lstar_getdents64(fd, buf, sizeof buf) > 0);
	lstar_errno = 0;
	assert_int_equal(lstar_getdents64(fd, buf, 1), -1);
	assert_int_equal(lstar_errno, EINVAL);
	close(fd);
	lstar_errno = 0;
	assert_int_equal(lstar_getdents64(-1, buf, sizeof buf), -1);
	assert_int_equal(lstar_errno, EBADF);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_listing_vs_glibc),
		cmocka_unit_test(test_tell_seek_rewind),
		cmocka_unit_test(test_fdopendir),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_alphasort),
		cmocka_unit_test(test_scandir_vs_glibc),
		cmocka_unit_test(test_versionsort_vs_glibc),
		cmocka_unit_test(test_getdents64),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
