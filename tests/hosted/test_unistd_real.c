/*
 * lstar's unistd wrappers against the real kernel, called in-process from a
 * cmocka (glibc) runner through their hostified lstar_ names.  Every error
 * case checks both the -1 return and the errno the kernel chose, and that
 * the errno set is lstar's, not glibc's.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "closed_fd.h"
#include "lstar_api.h"
#include "scratch_dir.h"





#define expect_fail(call, err) do { \
	lstar_errno = 0; \
	assert_int_equal((long)(call), -1); \
	assert_int_equal(lstar_errno, (err)); \
} while (0)

static void test_errno_is_lstars(void **state)
{
	(void)state;
	errno = 0;
	lstar_errno = 0;
	expect_fail(lstar_close(-1), EBADF);
	assert_int_equal(errno, 0);	/* glibc's errno untouched */
	assert_ptr_not_equal(&lstar_errno, &errno);
}

static void test_bad_fds(void **state)
{
	char c;
	(void)state;
	expect_fail(lstar_write(-1, "x", 1), EBADF);
	expect_fail(lstar_read(closed_fd(), &c, 1), EBADF);
	expect_fail(lstar_close(closed_fd()), EBADF);
	expect_fail(lstar_lseek(-5, 0, SEEK_SET), EBADF);
	expect_fail(lstar_dup(-1), EBADF);
	expect_fail(lstar_dup2(-1, 5), EBADF);
	expect_fail(lstar_fcntl(-1, F_GETFD), EBADF);
	expect_fail(lstar_fstat(-1, &(lstar_stat_t){0}), EBADF);
	expect_fail(lstar_pread(-1, &c, 1, 0), EBADF);
}

static void test_bad_pointers(void **state)
{
	int fds[2];
	(void)state;
	assert_int_equal(lstar_pipe(fds), 0);
	assert_int_equal(lstar_write(fds[1], "abc", 3), 3);
	expect_fail(lstar_read(fds[0], (void *)8, 3), EFAULT);
	expect_fail(lstar_write(fds[1], (void *)8, 3), EFAULT);
	expect_fail(lstar_open((const char *)8, O_RDONLY), EFAULT);
	expect_fail(lstar_stat(NULL, &(lstar_stat_t){0}), EFAULT);
	expect_fail(lstar_pipe((int *)8), EFAULT);
	lstar_close(fds[0]);
	lstar_close(fds[1]);
}

static void test_open_missing_and_modes(void **state)
{
	(void)state;
	expect_fail(lstar_open(path("missing"), O_RDONLY), ENOENT);
	expect_fail(lstar_open(path("no/such/dir"), O_RDONLY), ENOENT);
	int fd = lstar_open(path("f"), O_CREAT | O_WRONLY | O_EXCL, 0600);
	assert_true(fd >= 0);
	expect_fail(lstar_open(path("f"), O_CREAT | O_WRONLY | O_EXCL, 0600), EEXIST);
	expect_fail(lstar_open(path("f/x"), O_RDONLY), ENOTDIR);
	expect_fail(lstar_open(dir, O_WRONLY), EISDIR);
	lstar_stat_t st;
	assert_int_equal(lstar_fstat(fd, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600 & ~umask(022) & 0777);
	umask(022);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(lstar_close(fd), 0);
	expect_fail(lstar_close(fd), EBADF);
}

static void test_read_write_seek(void **state)
{
	char buf[16] = {0};
	(void)state;
	int fd = lstar_openat(AT_FDCWD, path("rw"), O_CREAT | O_RDWR | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(lstar_write(fd, "hello world", 11), 11);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 11);
	assert_int_equal(lstar_lseek(fd, 6, SEEK_SET), 6);
	assert_int_equal(lstar_read(fd, buf, sizeof buf), 5);
	assert_string_equal(buf, "world");
	assert_int_equal(lstar_read(fd, buf, sizeof buf), 0);
	assert_int_equal(lstar_pread(fd, buf, 5, 0), 5);
	assert_memory_equal(buf, "hello", 5);
	assert_int_equal(lstar_pwrite(fd, "J", 1, 0), 1);
	assert_int_equal(lstar_lseek(fd, 0, SEEK_CUR), 11);	/* pwrite keeps f_pos */
	expect_fail(lstar_lseek(fd, -1, SEEK_SET), EINVAL);
	expect_fail(lstar_lseek(fd, 0, 42), EINVAL);
	struct { void *b; size_t n; } iov[2] = { { "ab", 2 }, { "cd", 2 } };
	assert_int_equal(lstar_lseek(fd, 0, SEEK_END), 11);
	assert_int_equal(lstar_writev(fd, iov, 2), 4);
	char x[3] = {0}, y[3] = {0};
	struct { void *b; size_t n; } riov[2] = { { x, 2 }, { y, 2 } };
	assert_int_equal(lstar_pread(fd, buf, 4, 11), 4);
	assert_memory_equal(buf, "abcd", 4);
	assert_int_equal(lstar_lseek(fd, 11, SEEK_SET), 11);
	assert_int_equal(lstar_readv(fd, riov, 2), 4);
	assert_string_equal(x, "ab");
	assert_string_equal(y, "cd");
	expect_fail(lstar_writev(fd, iov, -1), EINVAL);
	lstar_close(fd);
}

static void test_pipes_and_dups(void **state)
{
	int fds[2], d;
	char c;
	(void)state;
	assert_int_equal(lstar_pipe2(fds, O_CLOEXEC), 0);
	assert_int_equal(lstar_fcntl(fds[0], F_GETFD), FD_CLOEXEC);
	expect_fail(lstar_lseek(fds[0], 0, SEEK_SET), ESPIPE);
	lstar_errno = 0;
	assert_int_equal(lstar_isatty(fds[0]), 0);
	assert_int_equal(lstar_errno, ENOTTY);
	d = lstar_dup(fds[1]);
	assert_true(d > fds[1]);
	assert_int_equal(lstar_fcntl(d, F_GETFD), 0);	/* dup clears CLOEXEC */
	assert_int_equal(lstar_write(d, "z", 1), 1);
	assert_int_equal(lstar_read(fds[0], &c, 1), 1);
	assert_int_equal(c, 'z');
	assert_int_equal(lstar_dup2(fds[1], 100), 100);
	assert_int_equal(lstar_dup2(100, 100), 100);
	expect_fail(lstar_dup3(100, 100, 0), EINVAL);
	assert_int_equal(lstar_dup3(fds[1], 101, O_CLOEXEC), 101);
	assert_int_equal(lstar_fcntl(101, F_GETFD), FD_CLOEXEC);
	expect_fail(lstar_pipe2(fds, 0x7fffffff), EINVAL);
	int fl = lstar_fcntl(fds[0], F_GETFL);
	assert_int_equal(lstar_fcntl(fds[0], F_SETFL, fl | O_NONBLOCK), 0);
	expect_fail(lstar_read(fds[0], &c, 1), EAGAIN);
	lstar_close(100);
	lstar_close(101);
	lstar_close(d);
	lstar_close(fds[0]);
	lstar_close(fds[1]);
}

static void test_files_and_dirs(void **state)
{
	char cwd[4096], old[4096];
	lstar_stat_t st;
	(void)state;
	assert_int_equal(lstar_mkdir(path("d"), 0755), 0);
	expect_fail(lstar_mkdir(path("d"), 0755), EEXIST);
	assert_int_equal(lstar_mkdirat(AT_FDCWD, path("d/e"), 0700), 0);
	expect_fail(lstar_rmdir(path("d")), ENOTEMPTY);
	assert_int_equal(lstar_stat(path("d/e"), &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(lstar_access(path("d/e"), R_OK | X_OK), 0);
	expect_fail(lstar_access(path("nope"), F_OK), ENOENT);
	expect_fail(lstar_faccessat(AT_FDCWD, path("d"), F_OK, 0x4000), EINVAL);
	int fd = lstar_creat(path("d/file"), 0644);
	assert_true(fd >= 0);
	lstar_close(fd);
	assert_int_equal(lstar_rename(path("d/file"), path("d/moved")), 0);
	expect_fail(lstar_stat(path("d/file"), &st), ENOENT);
	assert_int_equal(lstar_renameat(AT_FDCWD, path("d/moved"), AT_FDCWD, path("moved2")), 0);
	expect_fail(lstar_unlink(path("d/e")), EISDIR);
	expect_fail(lstar_rmdir(path("moved2")), ENOTDIR);
	assert_int_equal(lstar_unlink(path("moved2")), 0);
	assert_int_equal(lstar_unlinkat(AT_FDCWD, path("d/e"), AT_REMOVEDIR), 0);
	assert_int_equal(lstar_rmdir(path("d")), 0);
	assert_int_equal(lstar_lstat(dir, &st), 0);

	assert_non_null(lstar_getcwd(old, sizeof old));
	assert_string_equal(old, getcwd(cwd, sizeof cwd));
	assert_int_equal(lstar_chdir(dir), 0);
	assert_non_null(lstar_getcwd(cwd, sizeof cwd));
	assert_string_equal(cwd, dir);
	lstar_errno = 0;
	assert_null(lstar_getcwd(cwd, 3));
	assert_int_equal(lstar_errno, ERANGE);
	lstar_errno = 0;
	assert_null(lstar_getcwd(NULL, 0));
	assert_int_equal(lstar_errno, EINVAL);
	expect_fail(lstar_chdir(path("missing")), ENOENT);
	assert_int_equal(lstar_chdir(old), 0);
}

static void test_memory(void **state)
{
	(void)state;
	char *p = lstar_mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_ptr_not_equal(p, MAP_FAILED);
	p[0] = 1;
	p[8191] = 2;
	assert_int_equal(lstar_mprotect(p, 4096, PROT_READ), 0);
	assert_int_equal(lstar_munmap(p, 8192), 0);
	lstar_errno = 0;
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1), MAP_FAILED);
	assert_int_equal(lstar_errno, EINVAL);
	lstar_errno = 0;
	assert_ptr_equal(lstar_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, -1, 0), MAP_FAILED);
	assert_int_equal(lstar_errno, EBADF);
	expect_fail(lstar_munmap((void *)1, 4096), EINVAL);
}

static void test_ids_and_info(void **state)
{
	(void)state;
	assert_int_equal(lstar_getpid(), getpid());
	assert_int_equal(lstar_getppid(), getppid());
	assert_int_equal(lstar_gettid(), syscall(SYS_gettid));
	assert_int_equal(lstar_getuid(), getuid());
	assert_int_equal(lstar_geteuid(), geteuid());
	assert_int_equal(lstar_getgid(), getgid());
	assert_int_equal(lstar_getegid(), getegid());
	assert_int_equal(lstar_syscall(SYS_getpid), getpid());
	expect_fail(lstar_syscall(100000), ENOSYS);
	expect_fail(lstar_syscall(-1), ENOSYS);
	expect_fail(lstar_kill(getpid(), 12345), EINVAL);
	assert_int_equal(lstar_kill(getpid(), 0), 0);

	struct utsname a, b;
	assert_int_equal(lstar_uname(&a), 0);
	uname(&b);
	assert_string_equal(a.sysname, "Linux");
	assert_string_equal(a.release, b.release);
	expect_fail(lstar_uname(NULL), EFAULT);

	struct timespec t0, t1, req = { 0, 2000000 };
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &t0), 0);
	assert_int_equal(lstar_nanosleep(&req, NULL), 0);
	assert_int_equal(lstar_clock_gettime(CLOCK_MONOTONIC, &t1), 0);
	assert_true((t1.tv_sec - t0.tv_sec) * 1000000000L + t1.tv_nsec - t0.tv_nsec >= 2000000);
	expect_fail(lstar_clock_gettime(12345, &t0), EINVAL);
	req.tv_nsec = 1000000000;
	expect_fail(lstar_nanosleep(&req, NULL), EINVAL);
}

static void test_fork_wait_exec(void **state)
{
	int status;
	(void)state;
	pid_t pid = lstar_fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(7);
	assert_int_equal(lstar_waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 7);
	expect_fail(lstar_wait(&status), ECHILD);

	pid = lstar_fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", "exit 3", NULL };
		lstar_execve("/bin/sh", argv, environ);
		_exit(99);
	}
	assert_int_equal(lstar_wait4(pid, &status, 0, NULL), pid);
	assert_int_equal(WEXITSTATUS(status), 3);
	char *argv[] = { "x", NULL };
	expect_fail(lstar_execve(path("missing"), argv, environ), ENOENT);
}

static void test_strerror(void **state)
{
	(void)state;
	for (int e = 0; e < 140; e++)
		assert_string_equal(lstar_strerror(e), strerror(e));
	assert_string_equal(lstar_strerror(-3), strerror(-3));
	assert_string_equal(lstar_strerror(100000), strerror(100000));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_errno_is_lstars),
		cmocka_unit_test(test_bad_fds),
		cmocka_unit_test(test_bad_pointers),
		cmocka_unit_test(test_open_missing_and_modes),
		cmocka_unit_test(test_read_write_seek),
		cmocka_unit_test(test_pipes_and_dups),
		cmocka_unit_test(test_files_and_dirs),
		cmocka_unit_test(test_memory),
		cmocka_unit_test(test_ids_and_info),
		cmocka_unit_test(test_fork_wait_exec),
		cmocka_unit_test(test_strerror),
	};
	return cmocka_run_group_tests_name("unistd (real kernel)", tests, setup, teardown);
}
