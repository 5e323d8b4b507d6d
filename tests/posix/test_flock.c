/* flock: two open file descriptions of one file contend, a dup shares its
 * original's lock, and glibc's flock sees the locks lstar took. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>
#include <cmocka.h>
#include "posix_api.h"

static char path[] = "/tmp/lstar-flock-XXXXXX";

static void test_exclusive_and_shared(void **state)
{
	(void)state;
	int a = mkstemp(path);
	assert_true(a >= 0);
	int b = open(path, O_RDONLY);
	assert_true(b >= 0);

	assert_int_equal(lstar_flock(a, LOCK_EX), 0);
	assert_int_equal(flock(b, LOCK_SH | LOCK_NB), -1);
	assert_int_equal(errno, EWOULDBLOCK);
	lstar_errno = 0;
	assert_int_equal(lstar_flock(b, LOCK_EX | LOCK_NB), -1);
	assert_int_equal(lstar_errno, EWOULDBLOCK);

	int a2 = dup(a);
	assert_int_equal(lstar_flock(a2, LOCK_EX | LOCK_NB), 0);
	assert_int_equal(lstar_flock(a2, LOCK_UN), 0);

	assert_int_equal(lstar_flock(b, LOCK_SH | LOCK_NB), 0);
	assert_int_equal(lstar_flock(a, LOCK_SH | LOCK_NB), 0);
	assert_int_equal(flock(b, LOCK_EX | LOCK_NB), -1);
	assert_int_equal(lstar_flock(a, LOCK_UN), 0);
	assert_int_equal(lstar_flock(b, LOCK_EX | LOCK_NB), 0);

	close(a2);
	close(a);
	close(b);
	unlink(path);
}

static void test_errors(void **state)
{
	(void)state;
	lstar_errno = 0;
	assert_int_equal(lstar_flock(-1, LOCK_SH), -1);
	assert_int_equal(lstar_errno, EBADF);
	int fd = open("/dev/null", O_RDONLY);
	lstar_errno = 0;
	assert_int_equal(lstar_flock(fd, 0), -1);
	assert_int_equal(lstar_errno, EINVAL);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exclusive_and_shared),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
