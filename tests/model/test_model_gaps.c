/*
 * On the kernel model: raise (its one system call and the handler run
 * before it returns), fscanf's m modifier and wide forms through a stream
 * (and out of memory when the model refuses mmap), and getlogin's lookup
 * on a model /proc/self/loginuid and /etc/passwd.
 */
#include "model_test.h"
#include "../stdio/stdio_api.h"

#include <errno.h>
#include <stdlib.h>
#include <signal.h>
#include <wchar.h>
#include <sys/syscall.h>

int lstar_raise(int sig);
void (*lstar_signal(int sig, void (*fn)(int)))(int);
int lstar_fscanf(lstar_FILE *f, const char *fmt, ...);
char *lstar_getlogin(void);
int lstar_getlogin_r(char *name, size_t size);

static volatile int handled;

static void on_usr1(int sig)
{
	handled = sig;
}

static int raises(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	lstar_signal(SIGUSR1, on_usr1);
	lstar_model_mark("raise");
	if (lstar_raise(SIGUSR1) || handled != SIGUSR1)
		return 1;
	if (lstar_raise(65) != -1 || lstar_errno != EINVAL)
		return 2;
	return 0;
}

static void test_raise(void **state)
{
	(void)state;
	assert_int_equal(lstar_model_run(raises, 0, NULL), 0);
	size_t n = lstar_model_trace_count(), mark = n;
	for (size_t i = 0; i < n; i++)
		if (lstar_model_trace_get(i)->nr == -1 && strstr(lstar_model_trace_get(i)->line, "raise"))
			mark = i;
	assert_true(mark + 2 < n);
	const struct lstar_model_syscall *r = lstar_model_trace_get(mark + 1);
	assert_int_equal(r->nr, SYS_pidfd_send_signal);
	assert_non_null(strstr(r->line, "pidfd_send_signal(-10000, SIGUSR1"));
	/* the invalid signal: one call, refused */
	assert_int_equal(lstar_model_trace_get(mark + 2)->nr, SYS_pidfd_send_signal);
	assert_non_null(strstr(lstar_model_trace_get(mark + 2)->line, "EINVAL"));
}

static void test_fscanf_alloc_and_wide(void **state)
{
	(void)state;
	seed_file("/in.txt", "alpha beta,gamma xyz 12 tail");
	lstar_FILE *f = lstar_fopen("/in.txt", "r");
	assert_non_null(f);
	char *a = NULL, *b = NULL, *c = NULL;
	wchar_t *w = NULL, wc[3] = { 0 };
	int n = 0;
	assert_int_equal(lstar_fscanf(f, "%ms %m[^,],%mls %2lc%mc %d", &a, &b, &w, wc, &c, &n), 6);
	assert_string_equal(a, "alpha");
	assert_string_equal(b, "beta");
	assert_true(w && !wcscmp(w, L"gamma"));
	assert_int_equal(wc[0], L'x');
	assert_int_equal(wc[1], L'y');
	assert_int_equal(c[0], 'z');
	assert_int_equal(n, 12);
	lstar_free(a);
	lstar_free(b);
	lstar_free(w);
	lstar_free(c);
	/* the stream is left just after the last item */
	a = (char *)1;
	assert_int_equal(lstar_fscanf(f, "%ms", &a), 1);
	assert_string_equal(a, "tail");
	lstar_free(a);
	a = (char *)1;
	assert_int_equal(lstar_fscanf(f, "%ms", &a), -1);
	assert_null(a);
	lstar_fclose(f);
}

/* A word too big for the heap the model will give: EOF and ENOMEM, and
 * the call's earlier buffer is freed and cleared. */
static void test_fscanf_alloc_nomem(void **state)
{
	(void)state;
	size_t big = 3u << 20;
	char *text = malloc(big + 3);
	memset(text, 'w', big + 2);
	text[0] = 'x';
	text[1] = ' ';
	assert_int_equal(lstar_model_write_file("/big.txt", text, big + 2, 0644), 0);
	free(text);
	lstar_FILE *f = lstar_fopen("/big.txt", "r");
	assert_non_null(f);
	assert_int_equal(lstar_fgetc(f), 'x');
	lstar_ungetc('x', f);
	assert_int_equal(lstar_model_inject("mmap,mremap:error=ENOMEM"), 0);
	char *a = (char *)1, *b = (char *)1;
	lstar_errno = 0;
	assert_int_equal(lstar_fscanf(f, "%ms %ms", &a, &b), -1);
	assert_int_equal(lstar_errno, ENOMEM);
	assert_null(a);
	assert_null(b);
	assert_true(lstar_model_injected() > 0);
	lstar_model_inject_clear();
	lstar_fclose(f);
}

static void login_files(const char *uid)
{
	lstar_model_mkdir("/proc", 0755);
	lstar_model_mkdir("/proc/self", 0755);
	lstar_model_mkdir("/etc", 0755);
	seed_file("/proc/self/loginuid", uid);
	seed_file("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\n"
		  "+nis\n"
		  "bad:x:1x:1::/:/bin/sh\n"
		  "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
		  "user:x:1000:1000:A User,,,:/home/user:/bin/bash\n"
		  "second:x:1000:1000::/home/second:/bin/sh\n");
}

static void test_getlogin(void **state)
{
	(void)state;
	char buf[64];
	/* no /proc in the model yet */
	lstar_errno = 0;
	assert_null(lstar_getlogin());
	assert_int_equal(lstar_errno, ENXIO);
	login_files("1000");
	assert_string_equal(lstar_getlogin(), "user");	/* the first line with the uid */
	assert_int_equal(lstar_getlogin_r(buf, 5), 0);
	assert_string_equal(buf, "user");
	assert_int_equal(lstar_getlogin_r(buf, 4), ERANGE);
	login_files("1");
	assert_string_equal(lstar_getlogin(), "daemon");
	login_files("4294967295");	/* never logged in */
	assert_int_equal(lstar_getlogin_r(buf, sizeof buf), ENXIO);
	login_files("4242");		/* no such user */
	assert_int_equal(lstar_getlogin_r(buf, sizeof buf), ENXIO);
	login_files("junk");
	assert_int_equal(lstar_getlogin_r(buf, sizeof buf), ENXIO);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_raise, model_setup),
		cmocka_unit_test_setup(test_fscanf_alloc_and_wide, model_setup),
		cmocka_unit_test_setup(test_fscanf_alloc_nomem, model_setup),
		cmocka_unit_test_setup(test_getlogin, model_setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
