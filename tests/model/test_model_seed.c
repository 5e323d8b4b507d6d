/*
 * The seed program (examples/seed.c, compiled unchanged with its stdio
 * calls renamed to the ltrace_* shims below) on the kernel model.
 *
 * Like ltrace -S: each shim puts a marker in the model's trace and calls
 * lstar's function, so the trace says which library call caused which
 * system calls.  With --trace DIR the driver instead prints the model's
 * trace of the plain run (no markers) for same_sequence.py to compare with
 * the real program under strace.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "../stdio/stdio_api.h"

int lstar_vprintf(const char *fmt, va_list ap);
int seed_main(int argc, char **argv);

static int marking;

static void mark(const char *call)
{
	if (marking)
		lstar_model_mark(call);
}

FILE *ltrace_fopen(const char *path, const char *mode)
{
	mark("fopen");
	return (FILE *)lstar_fopen(path, mode);
}

char *ltrace_fgets(char *s, int n, FILE *f)
{
	mark("fgets");
	return lstar_fgets(s, n, (lstar_FILE *)f);
}

int ltrace_printf(const char *fmt, ...)
{
	va_list ap;
	mark("printf");
	va_start(ap, fmt);
	int r = lstar_vprintf(fmt, ap);
	va_end(ap);
	return r;
}

int ltrace_fclose(FILE *f)
{
	mark("fclose");
	return lstar_fclose((lstar_FILE *)f);
}

static int seed_entry(int argc, char **argv, char **envp)
{
	(void)envp;
	int r = seed_main(argc, argv);
	mark("exit");
	return r;
}

static char seed_text[4096];

static void seed_fs(void *arg)
{
	(void)arg;
	lstar_model_write_file("test.txt", seed_text, strlen(seed_text), 0644);
}

/* The system calls between one marker and the next, one per line. */
static void section(const char *trace, const char *call, char *out, size_t cap)
{
	char head[64];
	snprintf(head, sizeof head, "--- %s ---\n", call);
	const char *p = strstr(trace, head);
	assert_non_null(p);
	p += strlen(head);
	const char *end = strstr(p, "--- ");
	size_t n = end ? (size_t)(end - p) : strlen(p);
	assert_true(n < cap);
	memcpy(out, p, n);
	out[n] = 0;
}

static void test_ltrace_seed(void **state)
{
	static struct run_result r;
	char s[1024], s2[1024], want[256];
	(void)state;
	marking = 1;
	assert_int_equal(run_isolated(seed_fs, NULL, seed_entry, NULL, &r), 0);
	assert_int_equal(r.status, 0);
	size_t len = strlen(seed_text);
	/* stdout: the first line, printf's "\n" after fgets kept its own. */
	snprintf(want, sizeof want, "%.*s\n\n", (int)(strcspn(seed_text, "\n")), seed_text);
	assert_string_equal(r.out, want);

	section(r.trace, "fopen", s, sizeof s);
	assert_string_equal(s, "openat(AT_FDCWD, \"test.txt\", O_RDONLY) = 3\n");
	section(r.trace, "fgets", s, sizeof s);
	/* One read fills the buffer with the whole (short) file. */
	assert_int_equal(strncmp(s, "read(3, \"", 9), 0);
	char tail[32];
	snprintf(tail, sizeof tail, ") = %zu\n", len);
	assert_non_null(strstr(s, tail));
	assert_ptr_equal(strchr(s, '\n'), s + strlen(s) - 1);	/* one call */
	section(r.trace, "fclose", s, sizeof s);
	assert_string_equal(s, "close(3) = 0\n");
	/* printf + exit: exactly one write of the whole line, then exit_group. */
	section(r.trace, "printf", s, sizeof s);
	section(r.trace, "exit", s2, sizeof s2);
	char both[2048];
	snprintf(both, sizeof both, "%s%s", s, s2);
	char w[128];
	snprintf(w, sizeof w, "write(1, \"%.*s\\n\\n\", %zu) = %zu\n",
		 (int)(strcspn(seed_text, "\n")), seed_text, strcspn(seed_text, "\n") + 2,
		 strcspn(seed_text, "\n") + 2);
	const char *wp = strstr(both, w);
	assert_non_null(wp);
	assert_null(strstr(wp + 1, "write("));
	assert_non_null(strstr(s2, "exit_group(0) = ?\n+++ exited with 0 +++\n"));
	/* Nothing else: 5 system calls for the seed, as strace shows for real. */
	int calls = 0;
	for (const char *p = r.trace; *p; p = strchr(p, '\n') + 1)
		if (strncmp(p, "---", 3) && strncmp(p, "+++", 3))
			calls++;
	assert_int_equal(calls, 5);
}

static int load_seed_text(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/test.txt", dir);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	size_t n = fread(seed_text, 1, sizeof seed_text - 1, f);
	seed_text[n] = 0;
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	const char *dir = getenv("SEED_DIR");
	if (argc == 3 && strcmp(argv[1], "--trace") == 0) {
		static struct run_result r;
		if (load_seed_text(argv[2]) || run_isolated(seed_fs, NULL, seed_entry, NULL, &r))
			return 2;
		fputs(r.trace, stdout);
		return r.status;
	}
	if (!dir || load_seed_text(dir)) {
		fprintf(stderr, "SEED_DIR must name the folder with test.txt\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ltrace_seed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
