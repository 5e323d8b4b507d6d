/*
 * lstar's unistd wrappers on the kernel model: each handler's success path
 * and the errno the kernel would choose for each failure, called in-process
 * through the hostified lstar_ names.  The same functions run against the
 * real kernel in tests/hosted/test_unistd_real.c.
 */
#include "model_test.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifndef MREMAP_MAYMOVE
#define MREMAP_MAYMOVE 1
#endif

static void test_open_read_close(void **state)
{
	char buf[16] = { 0 };
	(void)state;
	seed_file("a.txt", "hello");
	int fd = lstar_open("a.txt", O_RDONLY);
	assert_int_equal(fd, 3);
	assert_int_equal(lstar_read(fd, buf, sizeof buf), 5);
	assert_string_equal(buf, "hello");
	assert_int_equal(lstar_read(fd, buf, sizeof buf), 0);
	assert_int_equal(lstar_close(fd), 0);
	expect_fail(lstar_close(fd), EBADF);
	expect_fail(lstar_read(fd, buf, 1), EBADF);
}

static void test_open_errors(void **state)
{
	char longname[300];
	(void)state;
	seed_file("f", "x");
	assert_int_equal(lstar_mkdir("d", 0755), 0);
	expect_fail(lstar_open("missing", O_RDONLY), ENOENT);
	expect_fail(lstar_open("nodir/x", O_RDONLY | O_CREAT, 0644), ENOENT);
	expect_fail(lstar_open("f", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	expect_fail(lstar_open("d", O_WRONLY), EISDIR);
	expect_fail(lstar_open("d", O_RDWR), EISDIR);
	expect_fail(lstar_open("f/x", O_RDONLY), ENOTDIR);
	expect_fail(lstar_open("f/", O_RDONLY), ENOTDIR);
	expect_fail(lstar_open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
	expect_fail(lstar_open("new/", O_WRONLY | O_CREAT, 0644), EISDIR);
	expect_fail(lstar_open(NULL, O_RDONLY), EFAULT);
	expect_fail(lstar_open("", O_RDONLY), ENOENT);
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	expect_fail(lstar_open(longname, O_RDONLY | O_CREAT, 0644), ENAMETOOLONG);
	assert_int_equal(lstar_model_write_file("ro", "r", 1, 0444), 0);
	expect_fail(lstar_open("ro", O_WRONLY), EACCES);
	expect_fail(lstar_open("ro", O_RDONLY | O_TRUNC), EACCES);
	assert_int_equal(lstar_model_mkdir("locked", 0500), 0);
	expect_fail(lstar_open("locked/new", O_WRONLY | O_CREAT, 0644), EACCES);
	assert_int_equal(lstar_model_mkdir("noexec", 0600), 0);
	expect_fail(lstar_open("noexec/x", O_RDONLY), EACCES);
	/* A directory opens read-only, and O_DIRECTORY accepts it. */
	int fd = lstar_open("d", O_RDONLY | O_DIRECTORY);
	assert_true(fd >= 0);
	char c;
	expect_fail(lstar_read(fd, &c, 1), EISDIR);
	/* Models say what they do not model: O_PATH is refused, not faked. */
	expect_fail(lstar_open("f", O_PATH), EINVAL);
}

static void test_openat_dirfd(void **state)
{
	(void)state;
	assert_int_equal(lstar_mkdir("d", 0755), 0);
	seed_file("plain", "p");
	int dfd = lstar_open("d", O_RDONLY | O_DIRECTORY);
	int ffd = lstar_open("plain", O_RDONLY);
	int fd = lstar_openat(dfd, "inner", O_WRONLY | O_CREAT, 0600);
	assert_true(fd > dfd);
	assert_int_equal(lstar_write(fd, "in", 2), 2);
	assert_file("d/inner", "in");
	assert_file("/d/inner", "in");
	assert_file("d/../d/./inner", "in");
	expect_fail(lstar_openat(99, "x", O_RDONLY), EBADF);
	expect_fail(lstar_openat(ffd, "x", O_RDONLY), ENOTDIR);
	/* An absolute path ignores dirfd, even a bad one. */
	assert_true(lstar_openat(99, "/plain", O_RDONLY) >= 0);
}

static void test_creat_mode_umask_trunc(void **state)
{
	lstar_stat_t st;
	(void)state;
	int fd = lstar_open("new", O_WRONLY | O_CREAT, 0666);
	assert_true(fd >= 0);
	assert_int_equal(lstar_fstat(fd, &st), 0);
	assert_int_equal(st.st_mode, S_IFREG | 0644);	/* umask 022 */
	assert_int_equal(st.st_size, 0);
	seed_file("t", "0123456789");
	fd = lstar_open("t", O_WRONLY | O_TRUNC);
	assert_int_equal(lstar_fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 0);
	assert_file("t", "");
	fd = lstar_creat("c", 0600);
	assert_int_equal(lstar_write(fd, "abc", 3), 3);
	char c;
	expect_fail(lstar_read(fd, &c, 1), EBADF);	/* creat is write-only */
	assert_file("c", "abc");
}

static void test_append(void **state)
{
	(void)state;
	seed_file("log", "abc");
	int fd = lstar_open("log", O_WRONLY | O_APPEND);
	assert_int_equal(lstar_write(fd, "de", 2), 2);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(lstar_write(fd, "f", 1), 1);
	assert_file("log", "abcdef");
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 6);
	/* Linux's pwrite on O_APPEND appends (pwrite(2), BUGS). */
	assert_int_equal(lstar_pwrite(fd, "g", 1, 0), 1);
	assert_file("log", "abcdefg");
	/* A second description of the same file appends after the first. */
	int fd2 = lstar_open("log", O_WRONLY | O_APPEND);
	assert_int_equal(lstar_write(fd2, "h", 1), 1);
	assert_int_equal(lstar_write(fd, "i", 1), 1);
	assert_file("log", "abcdefghi");
}

static void test_dup_shares_offset(void **state)
{
	char buf[8] = { 0 };
	(void)state;
	seed_file("s", "abcdefgh");
	int fd = lstar_open("s", O_RDONLY);
	int d = lstar_dup(fd);
	assert_int_equal(d, fd + 1);
	assert_int_equal(lstar_read(fd, buf, 2), 2);
	assert_int_equal(lstar_read(d, buf, 2), 2);
	assert_memory_equal(buf, "cd", 2);
	assert_int_equal(lstar_lseek(d, 6, SEEK_SET), 6);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 6);
	assert_int_equal(lstar_close(fd), 0);
	assert_int_equal(lstar_read(d, buf, 8), 2);
	assert_memory_equal(buf, "gh", 2);
	/* A separate open has its own offset. */
	int other = lstar_open("s", O_RDONLY);
	assert_int_equal(lstar_read(other, buf, 1), 1);
	assert_int_equal(buf[0], 'a');
	expect_fail(lstar_dup(-1), EBADF);
	expect_fail(lstar_dup(1000), EBADF);
}

static void test_dup2_dup3(void **state)
{
	char buf[4] = { 0 };
	(void)state;
	seed_file("one", "1");
	seed_file("two", "2");
	int a = lstar_open("one", O_RDONLY), b = lstar_open("two", O_RDONLY);
	assert_int_equal(lstar_dup2(a, b), b);	/* closes "two" silently */
	assert_int_equal(lstar_read(b, buf, 1), 1);
	assert_int_equal(buf[0], '1');
	assert_int_equal(lstar_dup2(a, a), a);
	expect_fail(lstar_dup2(77, 77), EBADF);
	expect_fail(lstar_dup2(-1, 5), EBADF);
	expect_fail(lstar_dup2(a, -1), EBADF);
	expect_fail(lstar_dup2(a, 1024), EBADF);
	assert_int_equal(lstar_dup2(a, 100), 100);
	expect_fail(lstar_dup3(a, a, 0), EINVAL);
	expect_fail(lstar_dup3(a, 7, O_NONBLOCK), EINVAL);
	assert_int_equal(lstar_dup3(a, 7, O_CLOEXEC), 7);
	assert_int_equal(lstar_fcntl(7, F_GETFD), FD_CLOEXEC);
	assert_int_equal(lstar_fcntl(100, F_GETFD), 0);
}

static void test_fcntl(void **state)
{
	(void)state;
	seed_file("f", "data");
	int fd = lstar_open("f", O_RDWR | O_APPEND | O_CLOEXEC);
	assert_int_equal(lstar_fcntl(fd, F_GETFD), FD_CLOEXEC);
	assert_int_equal(lstar_fcntl(fd, F_SETFD, 0), 0);
	assert_int_equal(lstar_fcntl(fd, F_GETFD), 0);
	int fl = lstar_fcntl(fd, F_GETFL);
	assert_int_equal(fl & O_ACCMODE, O_RDWR);
	assert_true(fl & O_APPEND);
	assert_true(fl & 0100000);	/* O_LARGEFILE, forced on 64-bit (glibc's macro is 0) */
	assert_false(fl & O_CLOEXEC);
	/* F_SETFL changes O_APPEND/O_NONBLOCK, never the access mode. */
	assert_int_equal(lstar_fcntl(fd, F_SETFL, O_NONBLOCK | O_RDONLY), 0);
	fl = lstar_fcntl(fd, F_GETFL);
	assert_int_equal(fl & O_ACCMODE, O_RDWR);
	assert_false(fl & O_APPEND);
	assert_true(fl & O_NONBLOCK);
	assert_int_equal(lstar_fcntl(fd, F_DUPFD, 10), 10);
	assert_int_equal(lstar_fcntl(fd, F_DUPFD, 10), 11);
	assert_int_equal(lstar_fcntl(fd, F_DUPFD_CLOEXEC, 0), 4);
	assert_int_equal(lstar_fcntl(4, F_GETFD), FD_CLOEXEC);
	expect_fail(lstar_fcntl(fd, F_DUPFD, 1024), EINVAL);
	expect_fail(lstar_fcntl(fd, 12345), EINVAL);
	expect_fail(lstar_fcntl(-1, F_GETFD), EBADF);
}

static void test_lowest_fd_and_emfile(void **state)
{
	(void)state;
	int a = lstar_open("/dev/null", O_RDONLY);
	int b = lstar_open("/dev/null", O_RDONLY);
	assert_int_equal(a, 3);
	assert_int_equal(b, 4);
	lstar_close(a);
	assert_int_equal(lstar_open("/dev/null", O_RDONLY), 3);
	int n = 2, fd;
	while ((fd = lstar_open("/dev/null", O_RDONLY)) >= 0)
		n++;
	assert_int_equal(lstar_errno, EMFILE);
	assert_int_equal(n + 3, 1024);		/* RLIMIT_NOFILE */
	expect_fail(lstar_dup(0), EMFILE);
	int p[2];
	expect_fail(lstar_pipe(p), EMFILE);
}

static void test_pipes(void **state)
{
	int p[2];
	char buf[8] = { 0 };
	lstar_stat_t st;
	(void)state;
	assert_int_equal(lstar_pipe(p), 0);
	assert_int_equal(p[0], 3);
	assert_int_equal(p[1], 4);
	assert_int_equal(lstar_write(p[1], "ping", 4), 4);
	assert_int_equal(lstar_read(p[0], buf, 2), 2);
	assert_int_equal(lstar_read(p[0], buf + 2, 8), 2);
	assert_string_equal(buf, "ping");
	assert_int_equal(lstar_fstat(p[0], &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	expect_fail(lstar_lseek(p[0], 0, SEEK_SET), ESPIPE);
	expect_fail(lstar_pread(p[0], buf, 1, 0), ESPIPE);
	expect_fail(lstar_pwrite(p[1], buf, 1, 0), ESPIPE);
	expect_fail(lstar_write(p[0], "x", 1), EBADF);
	expect_fail(lstar_read(p[1], buf, 1), EBADF);
	assert_false(lstar_isatty(p[0]));
	assert_int_equal(lstar_errno, ENOTTY);
	int fl = lstar_fcntl(p[0], F_GETFL);
	assert_int_equal(fl & O_ACCMODE, O_RDONLY);
	/* Empty pipe, writer open, non-blocking: EAGAIN. */
	assert_int_equal(lstar_fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	expect_fail(lstar_read(p[0], buf, 1), EAGAIN);
	/* Writer closed: end of file. */
	lstar_close(p[1]);
	assert_int_equal(lstar_read(p[0], buf, 1), 0);
	/* Reader closed: EPIPE (SIGPIPE would end a running program). */
	assert_int_equal(lstar_pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
	assert_int_equal(lstar_fcntl(p[1], F_GETFD), FD_CLOEXEC);
	lstar_close(p[0]);
	expect_fail(lstar_write(p[1], "x", 1), EPIPE);
	expect_fail(lstar_pipe2(p, O_APPEND), EINVAL);
	expect_fail(lstar_pipe(NULL), EFAULT);
}

static void test_pipe_capacity(void **state)
{
	static char big[70000];
	int p[2];
	(void)state;
	assert_int_equal(lstar_pipe2(p, O_NONBLOCK), 0);
	assert_int_equal(lstar_write(p[1], big, sizeof big), 65536);	/* short */
	expect_fail(lstar_write(p[1], big, 1), EAGAIN);
	int avail;
	assert_int_equal(lstar_ioctl(p[0], FIONREAD, &avail), 0);
	assert_int_equal(avail, 65536);
}

static void test_pread_pwrite(void **state)
{
	char buf[8] = { 0 };
	(void)state;
	seed_file("p", "0123456789");
	int fd = lstar_open("p", O_RDWR);
	assert_int_equal(lstar_pread(fd, buf, 3, 4), 3);
	assert_memory_equal(buf, "456", 3);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 0);
	assert_int_equal(lstar_pwrite(fd, "ab", 2, 8), 2);
	assert_int_equal(lstar_pwrite(fd, "Z", 1, 12), 1);	/* leaves a hole */
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 0);
	size_t len;
	const char *d = lstar_model_read_file("p", &len);
	assert_int_equal(len, 13);
	assert_memory_equal(d, "01234567ab\0\0Z", 13);
	assert_int_equal(lstar_pread(fd, buf, 8, 100), 0);
	expect_fail(lstar_pread(fd, buf, 1, -1), EINVAL);
	expect_fail(lstar_pread(99, buf, 1, 0), EBADF);
}

static void test_readv_writev(void **state)
{
	char a[3] = { 0 }, b[5] = { 0 };
	(void)state;
	int fd = lstar_open("v", O_RDWR | O_CREAT, 0644);
	struct iovec w[3] = { { "ab", 2 }, { NULL, 0 }, { "cdefg", 5 } };
	assert_int_equal(lstar_writev(fd, w, 3), 7);
	assert_file("v", "abcdefg");
	lstar_lseek(fd, 0, SEEK_SET);
	struct iovec r[2] = { { a, 3 }, { b, 5 } };
	assert_int_equal(lstar_readv(fd, r, 2), 7);
	assert_memory_equal(a, "abc", 3);
	assert_memory_equal(b, "defg", 4);
	expect_fail(lstar_writev(fd, w, -1), EINVAL);
	expect_fail(lstar_writev(fd, w, 1025), EINVAL);
	expect_fail(lstar_writev(fd, NULL, 1), EFAULT);
	struct iovec bad[1] = { { NULL, 4 } };
	expect_fail(lstar_readv(fd, bad, 1), EFAULT);
	assert_int_equal(lstar_writev(fd, w, 0), 0);
	expect_fail(lstar_readv(77, r, 2), EBADF);
}

static void test_lseek(void **state)
{
	(void)state;
	seed_file("l", "12345");
	int fd = lstar_open("l", O_RDWR);
	assert_int_equal(lstar_lseek(fd, -2, SEEK_END), 3);
	assert_int_equal(lstar_lseek(fd, 1, SEEK_CUR), 4);
	assert_int_equal(lstar_lseek(fd, 10, SEEK_SET), 10);
	assert_int_equal(lstar_write(fd, "x", 1), 1);
	size_t len;
	const char *d = lstar_model_read_file("l", &len);
	assert_int_equal(len, 11);
	assert_memory_equal(d, "12345\0\0\0\0\0x", 11);
	expect_fail(lstar_lseek(fd, -100, SEEK_SET), EINVAL);
	expect_fail(lstar_lseek(fd, -100, SEEK_END), EINVAL);
	expect_fail(lstar_lseek(fd, 0, 7), EINVAL);
	expect_fail(lstar_lseek(fd, 20, 3 /* SEEK_DATA */), ENXIO);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 11);	/* untouched by errors */
	expect_fail(lstar_lseek(-1, 0, SEEK_SET), EBADF);
}

static void test_rw_errors(void **state)
{
	char c;
	(void)state;
	seed_file("f", "x");
	int ro = lstar_open("f", O_RDONLY), wo = lstar_open("f", O_WRONLY);
	expect_fail(lstar_write(ro, "x", 1), EBADF);
	expect_fail(lstar_read(wo, &c, 1), EBADF);
	expect_fail(lstar_read(ro, NULL, 1), EFAULT);
	expect_fail(lstar_write(wo, NULL, 1), EFAULT);
	assert_int_equal(lstar_read(ro, NULL, 0), 0);	/* nothing to move */
	expect_fail(lstar_write(-1, "x", 1), EBADF);
	expect_fail(lstar_write(1024, "x", 1), EBADF);
}

static void test_unlink_open_file(void **state)
{
	char buf[8] = { 0 };
	lstar_stat_t st;
	(void)state;
	seed_file("gone", "still");
	int fd = lstar_open("gone", O_RDWR);
	assert_int_equal(lstar_unlink("gone"), 0);
	assert_false(lstar_model_exists("gone"));
	expect_fail(lstar_stat("gone", &st), ENOENT);
	assert_int_equal(lstar_read(fd, buf, 8), 5);
	assert_string_equal(buf, "still");
	assert_int_equal(lstar_fstat(fd, &st), 0);
	assert_int_equal(st.st_nlink, 0);
	assert_int_equal(lstar_write(fd, "!", 1), 1);
	/* A new file of the same name is a different inode. */
	seed_file("gone", "new");
	lstar_stat_t st2;
	assert_int_equal(lstar_stat("gone", &st2), 0);
	assert_int_not_equal(st.st_ino, st2.st_ino);
	assert_int_equal(lstar_close(fd), 0);
	expect_fail(lstar_unlink("missing"), ENOENT);
	assert_int_equal(lstar_mkdir("dir", 0755), 0);
	expect_fail(lstar_unlink("dir"), EISDIR);
	expect_fail(lstar_unlinkat(AT_FDCWD, "gone", 0x4), EINVAL);
	expect_fail(lstar_unlink("gone/"), ENOTDIR);
}

static void test_mkdir_rmdir(void **state)
{
	lstar_stat_t st;
	(void)state;
	assert_int_equal(lstar_mkdir("a", 0777), 0);
	assert_int_equal(lstar_stat("a", &st), 0);
	assert_int_equal(st.st_mode, S_IFDIR | 0755);
	assert_int_equal(st.st_nlink, 2);
	expect_fail(lstar_mkdir("a", 0755), EEXIST);
	expect_fail(lstar_mkdir("x/y", 0755), ENOENT);
	assert_int_equal(lstar_mkdirat(AT_FDCWD, "a/b", 0700), 0);
	assert_int_equal(lstar_stat("a", &st), 0);
	assert_int_equal(st.st_nlink, 3);
	seed_file("a/file", "f");
	expect_fail(lstar_mkdir("a/file/sub", 0755), ENOTDIR);
	expect_fail(lstar_rmdir("a"), ENOTEMPTY);
	expect_fail(lstar_rmdir("a/file"), ENOTDIR);
	expect_fail(lstar_rmdir("a/."), EINVAL);
	expect_fail(lstar_rmdir("a/b/.."), ENOTEMPTY);
	expect_fail(lstar_rmdir("/"), EBUSY);
	expect_fail(lstar_rmdir("nope"), ENOENT);
	assert_int_equal(lstar_rmdir("a/b"), 0);
	assert_int_equal(lstar_unlink("a/file"), 0);
	assert_int_equal(lstar_unlinkat(AT_FDCWD, "a", AT_REMOVEDIR), 0);
	assert_false(lstar_model_exists("a"));
}

static void test_rename(void **state)
{
	(void)state;
	seed_file("src", "S");
	seed_file("dst", "D");
	assert_int_equal(lstar_rename("src", "dst"), 0);
	assert_file("dst", "S");
	assert_false(lstar_model_exists("src"));
	assert_int_equal(lstar_mkdir("d", 0755), 0);
	assert_int_equal(lstar_mkdir("e", 0755), 0);
	seed_file("e/x", "x");
	expect_fail(lstar_rename("dst", "d"), EISDIR);
	expect_fail(lstar_rename("d", "dst"), ENOTDIR);
	expect_fail(lstar_rename("d", "e"), ENOTEMPTY);
	expect_fail(lstar_rename("d", "d/sub"), EINVAL);
	expect_fail(lstar_rename("none", "z"), ENOENT);
	expect_fail(lstar_rename("dst", "none/z"), ENOENT);
	assert_int_equal(lstar_rename("dst", "dst"), 0);
	assert_int_equal(lstar_rename("dst", "d/moved"), 0);
	assert_file("d/moved", "S");
	assert_int_equal(lstar_rename("d", "e2"), 0);
	assert_file("e2/moved", "S");
	assert_int_equal(lstar_renameat(AT_FDCWD, "e2", AT_FDCWD, "e/../f"), 0);
	assert_file("f/moved", "S");
}

static void test_chdir_getcwd(void **state)
{
	char buf[64];
	(void)state;
	assert_ptr_equal(lstar_getcwd(buf, sizeof buf), buf);
	assert_string_equal(buf, "/");
	assert_int_equal(lstar_mkdir("a", 0755), 0);
	assert_int_equal(lstar_mkdir("a/b", 0755), 0);
	assert_int_equal(lstar_chdir("a/b"), 0);
	assert_ptr_equal(lstar_getcwd(buf, sizeof buf), buf);
	assert_string_equal(buf, "/a/b");
	assert_null(lstar_getcwd(buf, 4));
	assert_int_equal(lstar_errno, ERANGE);
	int fd = lstar_open("here", O_WRONLY | O_CREAT, 0644);
	assert_true(fd >= 0);
	assert_true(lstar_model_exists("/a/b/here"));
	assert_int_equal(lstar_chdir(".."), 0);
	assert_string_equal(lstar_getcwd(buf, sizeof buf), "/a");
	seed_file("/a/f", "f");
	expect_fail(lstar_chdir("f"), ENOTDIR);
	expect_fail(lstar_chdir("zz"), ENOENT);
	expect_fail(lstar_chdir(NULL), EFAULT);
	assert_int_equal(lstar_model_mkdir("/a/closed", 0600), 0);
	expect_fail(lstar_chdir("closed"), EACCES);
	/* The working directory removed from under us. */
	assert_int_equal(lstar_chdir("b"), 0);
	lstar_unlink("here");
	assert_int_equal(lstar_rmdir("/a/b"), 0);
	assert_null(lstar_getcwd(buf, sizeof buf));
	assert_int_equal(lstar_errno, ENOENT);
	expect_fail(lstar_open("new", O_WRONLY | O_CREAT, 0644), ENOENT);
}

static void test_stat_family(void **state)
{
	lstar_stat_t st;
	(void)state;
	seed_file("s", "12345");
	assert_int_equal(lstar_stat("s", &st), 0);
	assert_int_equal(st.st_size, 5);
	assert_int_equal(st.st_mode, S_IFREG | 0644);
	assert_int_equal(st.st_nlink, 1);
	assert_int_equal(st.st_uid, 1000);
	assert_int_equal(st.st_blksize, 4096);
	assert_int_equal(lstar_lstat("s", &st), 0);
	int fd = lstar_open("s", O_RDONLY);
	lstar_stat_t fst;
	assert_int_equal(lstar_fstatat(fd, "", &fst, AT_EMPTY_PATH), 0);
	assert_int_equal(fst.st_ino, st.st_ino);
	expect_fail(lstar_fstatat(fd, "", &fst, 0), ENOENT);
	expect_fail(lstar_fstatat(AT_FDCWD, "s", &fst, 0x8000), EINVAL);
	expect_fail(lstar_stat("s", NULL), EFAULT);
	expect_fail(lstar_fstat(fd, NULL), EFAULT);
	expect_fail(lstar_fstat(-1, &st), EBADF);
	assert_int_equal(lstar_stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	assert_int_equal(lstar_stat("/", &st), 0);
	assert_true(S_ISDIR(st.st_mode));
}

static void test_access(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_write_file("w", "", 0, 0200), 0);
	assert_int_equal(lstar_access("w", F_OK), 0);
	assert_int_equal(lstar_access("w", W_OK), 0);
	expect_fail(lstar_access("w", R_OK), EACCES);
	expect_fail(lstar_access("w", X_OK), EACCES);
	expect_fail(lstar_access("none", F_OK), ENOENT);
	expect_fail(lstar_access("w", 8), EINVAL);
	assert_int_equal(lstar_faccessat(AT_FDCWD, "/tmp", R_OK | W_OK | X_OK, 0), 0);
}

static void test_ioctl_and_tty(void **state)
{
	struct winsize ws;
	char termios[64];
	(void)state;
	assert_false(lstar_isatty(1));
	assert_int_equal(lstar_errno, ENOTTY);
	assert_int_equal(lstar_model_set_std(1, LSTAR_MODEL_TTY, NULL), 0);
	assert_true(lstar_isatty(1));
	assert_int_equal(lstar_ioctl(1, TIOCGWINSZ, &ws), 0);
	assert_int_equal(ws.ws_row, 24);
	assert_int_equal(ws.ws_col, 80);
	expect_fail(lstar_ioctl(1, TCGETS, NULL), EFAULT);
	seed_file("f", "abc");
	int fd = lstar_open("f", O_RDONLY);
	expect_fail(lstar_ioctl(fd, TCGETS, termios), ENOTTY);
	expect_fail(lstar_ioctl(fd, TIOCGWINSZ, &ws), ENOTTY);
	int n;
	assert_int_equal(lstar_ioctl(fd, FIONREAD, &n), 0);
	assert_int_equal(n, 3);
	expect_fail(lstar_ioctl(99, TCGETS, termios), EBADF);
	lstar_stat_t st;
	assert_int_equal(lstar_fstat(1, &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	expect_fail(lstar_lseek(1, 0, SEEK_SET), ESPIPE);
}

static void test_std_endpoints(void **state)
{
	char buf[32] = { 0 };
	size_t len;
	(void)state;
	assert_int_equal(lstar_write(1, "out", 3), 3);
	assert_int_equal(lstar_write(2, "err", 3), 3);
	assert_string_equal(lstar_model_output(1, &len), "out");
	assert_int_equal(len, 3);
	assert_string_equal(lstar_model_output(2, NULL), "err");
	expect_fail(lstar_write(0, "x", 1), EBADF);
	assert_int_equal(lstar_read(0, buf, sizeof buf), 0);	/* no input: EOF */
	assert_int_equal(lstar_model_set_input(0, "line1\nline2\n", 12), 0);
	assert_int_equal(lstar_read(0, buf, sizeof buf), 12);	/* a pipe gives all */
	/* A terminal gives one line per read. */
	assert_int_equal(lstar_model_set_std(0, LSTAR_MODEL_TTY, NULL), 0);
	assert_int_equal(lstar_model_set_input(0, "line1\nline2\n", 12), 0);
	assert_int_equal(lstar_read(0, buf, sizeof buf), 6);
	assert_int_equal(lstar_read(0, buf, 3), 3);
	assert_int_equal(lstar_read(0, buf, sizeof buf), 3);
	assert_int_equal(lstar_read(0, buf, sizeof buf), 0);
	/* A file: a shell's > redirection. */
	assert_int_equal(lstar_model_set_std(1, LSTAR_MODEL_FILE, "/tmp/out"), 0);
	assert_int_equal(lstar_write(1, "to file", 7), 7);
	assert_file("/tmp/out", "to file");
	assert_int_equal(lstar_model_set_std(2, LSTAR_MODEL_CLOSED, NULL), 0);
	expect_fail(lstar_write(2, "x", 1), EBADF);
	assert_int_equal(lstar_open("/dev/null", O_RDONLY), 2);	/* lowest free */
}

static void test_mmap(void **state)
{
	(void)state;
	char *p = lstar_mmap(NULL, 10000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_ptr_not_equal(p, MAP_FAILED);
	assert_int_equal((uintptr_t)p % 4096, 0);
	for (int i = 0; i < 10000; i++)
		assert_int_equal(p[i], 0);
	memset(p, 0xab, 10000);
	char *q = lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_ptr_equal(q, p + 3 * 4096);
	assert_int_equal(lstar_munmap(p, 10000), 0);
	char *r = lstar_mmap(NULL, 4096, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	assert_ptr_equal(r, p);			/* first fit, deterministic */
	assert_int_equal(r[0], 0);		/* fresh pages are zero */
	assert_int_equal(lstar_mprotect(r, 4096, PROT_NONE), 0);
	expect_fail(lstar_mprotect(p + 4096, 4096, PROT_READ), ENOMEM);
	expect_fail(lstar_mprotect(r + 1, 4096, PROT_READ), EINVAL);
	assert_ptr_equal(lstar_mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, EINVAL);
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, EINVAL);
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 77, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, EBADF);
	assert_ptr_equal(lstar_mmap(NULL, 1UL << 40, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, ENOMEM);
	expect_fail(lstar_munmap(p + 1, 4096), EINVAL);
	/* A private file mapping holds the file's bytes. */
	seed_file("m", "mapped");
	int fd = lstar_open("m", O_RDONLY);
	char *m = lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	assert_ptr_not_equal(m, MAP_FAILED);
	assert_string_equal(m, "mapped");
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, ENODEV);
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 1, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, ENODEV);
	/* The same calls after a reset give the same addresses. */
	lstar_model_reset();
	assert_ptr_equal(lstar_mmap(NULL, 100, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p);
}

static void test_brk(void **state)
{
	(void)state;
	char *b0 = lstar_sbrk(0);
	assert_ptr_not_equal(b0, (void *)-1);
	assert_ptr_equal(lstar_sbrk(4096), b0);
	assert_ptr_equal(lstar_sbrk(0), b0 + 4096);
	for (int i = 0; i < 4096; i++)
		assert_int_equal(b0[i], 0);
	b0[0] = 1;
	assert_ptr_equal(lstar_sbrk(1L << 40), (void *)-1);
	assert_int_equal(lstar_errno, ENOMEM);
	assert_ptr_equal(lstar_sbrk(-4096), b0 + 4096);
	assert_ptr_equal(lstar_sbrk(4096), b0);
	assert_int_equal(b0[0], 0);		/* regrown memory is zero again */
	lstar_model_reset();
	assert_ptr_equal(lstar_sbrk(0), b0);
}

static void test_ids_uname_kill(void **state)
{
	struct utsname u;
	(void)state;
	assert_int_equal(lstar_getpid(), 4242);
	assert_int_equal(lstar_gettid(), 4242);
	assert_int_equal(lstar_getppid(), 4241);
	assert_int_equal(lstar_getuid(), 1000);
	assert_int_equal(lstar_geteuid(), 1000);
	assert_int_equal(lstar_getgid(), 1000);
	assert_int_equal(lstar_getegid(), 1000);
	assert_int_equal(lstar_uname(&u), 0);
	assert_string_equal(u.sysname, "Linux");
	assert_string_equal(u.machine, "x86_64");
	expect_fail(lstar_uname(NULL), EFAULT);
	assert_int_equal(lstar_kill(4242, 0), 0);
	expect_fail(lstar_kill(1, SIGTERM), ESRCH);
	expect_fail(lstar_kill(4242, 65), EINVAL);
	/* No child processes in the model: fork is not modelled. */
	expect_fail(lstar_fork(), ENOSYS);
}

static void test_virtual_clock(void **state)
{
	struct timespec a, b, req = { 2, 500 };
	(void)state;
	assert_int_equal(lstar_clock_gettime(CLOCK_REALTIME, &a), 0);
	assert_int_equal(a.tv_sec, 1767225601);		/* 2026-01-01, 1 s after boot */
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &a), 0);
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &b), 0);
	/* Each system call costs one virtual microsecond. */
	assert_int_equal((b.tv_sec - a.tv_sec) * 1000000000L + b.tv_nsec - a.tv_nsec, 1000);
	assert_int_equal(lstar_nanosleep(&req, NULL), 0);
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &a), 0);
	assert_int_equal((a.tv_sec - b.tv_sec) * 1000000000L + a.tv_nsec - b.tv_nsec,
			 2000000500L + 2000);
	expect_fail(lstar_clock_gettime(99, &a), EINVAL);
	expect_fail(lstar_clock_gettime(CLOCK_REALTIME, NULL), EFAULT);
	req.tv_nsec = 1000000000;
	expect_fail(lstar_nanosleep(&req, NULL), EINVAL);
	expect_fail(lstar_nanosleep(NULL, NULL), EFAULT);
}

static void test_mremap_madvise(void **state)
{
	(void)state;
	char *p = lstar_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *blocker = lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_ptr_equal(blocker, p + 8192);
	memcpy(p, "keep me", 8);
	/* Cannot grow in place (the next page is taken) without MAYMOVE. */
	assert_int_equal(lstar_syscall(SYS_mremap, p, 8192, 16384, 0, 0, 0), -1);
	assert_int_equal(lstar_errno, ENOMEM);
	char *q = (char *)lstar_syscall(SYS_mremap, p, 8192, 16384, MREMAP_MAYMOVE, 0, 0);
	assert_ptr_not_equal(q, p);
	assert_string_equal(q, "keep me");
	assert_int_equal(q[16383], 0);
	/* The old range is free again: the next mapping reuses it. */
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p);
	/* Shrinking stays in place. */
	assert_ptr_equal((char *)lstar_syscall(SYS_mremap, q, 16384, 4096, 0, 0, 0), q);
	assert_int_equal(lstar_syscall(SYS_mremap, q + 1, 4096, 8192, 0, 0, 0), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_syscall(SYS_mremap, q + 8192, 4096, 8192, 0, 0, 0), -1);
	assert_int_equal(lstar_errno, EFAULT);
	/* MADV_DONTNEED: private anonymous pages read as zero afterwards. */
	assert_int_equal(lstar_syscall(SYS_madvise, q, 4096, MADV_DONTNEED, 0, 0, 0), 0);
	assert_int_equal(q[0], 0);
	assert_int_equal(lstar_syscall(SYS_madvise, q + 4096, 4096, MADV_DONTNEED, 0, 0, 0), -1);
	assert_int_equal(lstar_errno, ENOMEM);
}

static void test_no_children_no_links(void **state)
{
	char buf[16];
	int status;
	(void)state;
	expect_fail(lstar_wait(&status), ECHILD);
	expect_fail(lstar_waitpid(-1, &status, 0), ECHILD);
	seed_file("f", "x");
	expect_fail(lstar_syscall(SYS_readlinkat, AT_FDCWD, "f", buf, sizeof buf, 0, 0), EINVAL);
	expect_fail(lstar_syscall(SYS_readlinkat, AT_FDCWD, "none", buf, sizeof buf, 0, 0), ENOENT);
	/* AT_EACCESS goes through faccessat2. */
	assert_int_equal(lstar_faccessat(AT_FDCWD, "f", R_OK, AT_EACCESS), 0);
	assert_int_equal(lstar_model_write_file("w", "", 0, 0200), 0);
	expect_fail(lstar_faccessat(AT_FDCWD, "w", R_OK, AT_EACCESS), EACCES);
	assert_string_equal(lstar_model_trace_get(lstar_model_trace_count() - 1)->name, "faccessat2");
	expect_fail(lstar_syscall(SYS_faccessat2, AT_FDCWD, "w", R_OK, 0x8000, 0, 0), EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup(f, model_setup)
		T(test_open_read_close), T(test_open_errors), T(test_openat_dirfd),
		T(test_creat_mode_umask_trunc), T(test_append), T(test_dup_shares_offset),
		T(test_dup2_dup3), T(test_fcntl), T(test_lowest_fd_and_emfile),
		T(test_pipes), T(test_pipe_capacity), T(test_pread_pwrite),
		T(test_readv_writev), T(test_lseek), T(test_rw_errors),
		T(test_unlink_open_file), T(test_mkdir_rmdir), T(test_rename),
		T(test_chdir_getcwd), T(test_stat_family), T(test_access),
		T(test_ioctl_and_tty), T(test_std_endpoints), T(test_mmap), T(test_brk),
		T(test_ids_uname_kill), T(test_virtual_clock), T(test_mremap_madvise),
		T(test_no_children_no_links),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
