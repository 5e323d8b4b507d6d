/*
 * getopt, getopt_long and getopt_long_only: lstar against glibc on the same
 * argv.  getopt keeps global state (optind and hidden scan state), so every
 * run happens in a fresh child; the child records each return value,
 * optind, optarg, optopt and longindex, the final argv order, and whatever
 * was written to fd 2.  The parent compares the two transcripts.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "process_api.h"

/* The case table leaves trailing fields zero on purpose. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

enum mode { SHORT, LONG, LONG_ONLY };

struct gcase {
	const char *argv[16];
	const char *optstring;
	enum mode mode;
	int posixly_correct;
	int opterr_off;
	int restart;		/* parse twice, the second time after optind = 0 */
};

static int flagvar;
static const struct option longopts[] = {
	{ "verbose", no_argument, NULL, 'v' },
	{ "verbatim", no_argument, NULL, 'V' },
	{ "file", required_argument, NULL, 'f' },
	{ "file-name", required_argument, NULL, 'F' },
	{ "opt", optional_argument, NULL, 'o' },
	{ "flag", no_argument, &flagvar, 42 },
	{ "all", no_argument, NULL, 'a' },
	{ "alias-all", no_argument, NULL, 'a' },
	{ NULL, 0, NULL, 0 },
};

static const struct gcase cases[] = {
	{ { "prog", "-a", "-b", "foo", "-c", "bar" }, "ab:c", SHORT },
	{ { "prog", "x", "-a", "y", "-b", "z", "w" }, "ab:", SHORT },
	{ { "prog", "-a", "--", "-b", "x" }, "ab", SHORT },
	{ { "prog", "-x", "-a", "-?" }, "ab", SHORT },
	{ { "prog", "-a", "-b" }, "ab:", SHORT },
	{ { "prog", "-a", "-b" }, ":ab:", SHORT },
	{ { "prog", "-b" }, "+:ab:", SHORT },
	{ { "prog", "-ofoo", "-o", "bar" }, "o::", SHORT },
	{ { "prog", "-abc", "-bval", "-cab" }, "ab:c", SHORT },
	{ { "prog", "-a", "x", "-b" }, "+ab", SHORT },
	{ { "prog", "-a", "x", "-b", "y" }, "-ab", SHORT },
	{ { "prog", "-a", "x", "-b" }, "ab", SHORT, 1 },
	{ { "prog", "-x", "-b" }, "ab:", SHORT, 0, 1 },
	{ { "prog", "-", "a", "-a" }, "a", SHORT },
	{ { "prog" }, "a", SHORT },
	{ { "prog", "-:", "-;", "-a" }, "a:;", SHORT },
	{ { "prog", "a", "-v", "b", "--", "-c", "c" }, "vc", SHORT },
	{ { "prog", "a", "b", "-v", "c", "-c", "d", "e", "-v" }, "vc", SHORT },
	{ { "prog", "-a", "x", "-a" }, "a", SHORT, 0, 0, 1 },
	{ { "prog", "--verbose", "--file=x", "--file", "y", "--opt", "--opt=z", "--flag", "--verb",
	    "--fi", "x", "--unknown", "--verbose=3", "--file" }, "vf:o::", LONG },
	{ { "prog", "--verbo", "--al", "--a", "--alias", "--file-n", "q", "--", "--all" }, "", LONG },
	{ { "prog", "x", "--all", "y", "-v", "--file", "z", "w" }, "v", LONG },
	{ { "prog", "--file" }, ":f:", LONG },
	{ { "prog", "--file=" , "--opt=", "--=x", "--" }, "", LONG },
	{ { "prog", "-verbose", "-file", "x", "-a", "-v", "-all", "-fil=3", "-x", "-vf" }, "vaf:", LONG_ONLY },
	{ { "prog", "-verb", "-f", "y", "--all", "-o" }, "vf:", LONG_ONLY },
	{ { "prog", "-W", "verbose", "-Wfile=x", "-Wverb", "-W" }, "W;vf:", LONG },
	{ { "prog", "-vW", "all" }, "vW;", LONG },
	{ { "prog", "--verb", "--fi=3" }, "", LONG, 0, 1 },
	{ { "./prog", "-x", "--nope", "--verbose=1", "--verb", "-Wx", "--file=1", "-b" }, "b:W;", LONG },
	{ { "prog", "-verb", "-verba", "-al", "-fi", "x" }, "", LONG_ONLY },
	{ { "prog", "-c", "x", "-c" }, "c::", SHORT, 1 },
};

static void append(char *buf, size_t size, const char *fmt, ...)
{
	size_t n = strlen(buf);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + n, size - n, fmt, ap);
	va_end(ap);
}

/* One parse in this (child) process; the transcript goes to fd out. */
static void parse(const struct gcase *c, int use_lstar, int out)
{
	static char buf[8192];
	char *argv[16];
	int argc = 0;
	while (c->argv[argc]) {
		argv[argc] = strdup(c->argv[argc]);
		argc++;
	}
	argv[argc] = NULL;
	if (c->posixly_correct)
		setenv("POSIXLY_CORRECT", "1", 1);
	else
		unsetenv("POSIXLY_CORRECT");
	lstar_environ = environ;
	if (c->opterr_off) {
		opterr = 0;
		lstar_opterr = 0;
	}
	buf[0] = 0;
	for (int pass = 0; pass <= c->restart; pass++) {
		if (pass) {
			optind = 0;
			lstar_optind = 0;
		}
		for (int guard = 0; guard < 64; guard++) {
			int li = -1, r;
			const struct option *lo = c->mode == SHORT ? NULL : longopts;
			if (use_lstar) {
				r = c->mode == LONG_ONLY
					? lstar_getopt_long_only(argc, argv, c->optstring, lo, &li)
					: c->mode == LONG ? lstar_getopt_long(argc, argv, c->optstring, lo, &li)
					: lstar_getopt(argc, argv, c->optstring);
				append(buf, sizeof buf, "r=%d optind=%d optarg=%s optopt=%d li=%d flag=%d\n",
				       r, lstar_optind, lstar_optarg ? lstar_optarg : "(null)", lstar_optopt,
				       li, flagvar);
			} else {
				r = c->mode == LONG_ONLY
					? getopt_long_only(argc, argv, c->optstring, lo, &li)
					: c->mode == LONG ? getopt_long(argc, argv, c->optstring, lo, &li)
					: getopt(argc, argv, c->optstring);
				append(buf, sizeof buf, "r=%d optind=%d optarg=%s optopt=%d li=%d flag=%d\n",
				       r, optind, optarg ? optarg : "(null)", optopt, li, flagvar);
			}
			if (r == -1)
				break;
		}
	}
	append(buf, sizeof buf, "argv:");
	for (int i = 0; i < argc; i++)
		append(buf, sizeof buf, " %s", argv[i]);
	append(buf, sizeof buf, "\n");
	write(out, buf, strlen(buf));
}

static void slurp(int fd, char *buf, size_t size)
{
	size_t n = 0;
	ssize_t r;
	while (n + 1 < size && (r = read(fd, buf + n, size - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = 0;
}

static void run(const struct gcase *c, int use_lstar, char *out, char *err, size_t size)
{
	int po[2], pe[2];
	assert_int_equal(pipe(po), 0);
	assert_int_equal(pipe(pe), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(po[0]);
		close(pe[0]);
		dup2(pe[1], 2);
		parse(c, use_lstar, po[1]);
		_exit(0);
	}
	close(po[1]);
	close(pe[1]);
	slurp(po[0], out, size);
	slurp(pe[0], err, size);
	close(po[0]);
	close(pe[0]);
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_getopt_vs_glibc(void **state)
{
	(void)state;
	static char lo[8192], le[8192], go[8192], ge[8192];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		run(&cases[i], 1, lo, le, sizeof lo);
		run(&cases[i], 0, go, ge, sizeof go);
		if (strcmp(lo, go) || strcmp(le, ge))
			fail_msg("case %zu (\"%s\"):\n-- lstar:\n%s%s-- glibc:\n%s%s", i,
				 cases[i].optstring, lo, le, go, ge);
		assert_true(strlen(go) > 0);
	}
}

/* The transcript must depend on the parser: a deliberately different
 * optstring changes it (guards against a harness that compares nothing). */
static void test_harness_sees_differences(void **state)
{
	(void)state;
	static char a[8192], ae[8192], b[8192], be[8192];
	struct gcase c1 = { { "prog", "-a", "-b", "x" }, "ab:", SHORT };
	struct gcase c2 = { { "prog", "-a", "-b", "x" }, "ab", SHORT };
	run(&c1, 1, a, ae, sizeof a);
	run(&c2, 1, b, be, sizeof b);
	assert_true(strcmp(a, b) != 0);
	assert_string_equal(ae, "");
}

static void test_messages_exact(void **state)
{
	(void)state;
	static char o[8192], e[8192];
	struct gcase c = { { "./prog", "-x", "--nope", "--verbose=1", "--verb", "-Wx", "--file=1", "-b" }, "b:W;", LONG };
	run(&c, 1, o, e, sizeof o);
	assert_string_equal(e,
		"./prog: invalid option -- 'x'\n"
		"./prog: unrecognized option '--nope'\n"
		"./prog: option '--verbose' doesn't allow an argument\n"
		"./prog: option '--verb' is ambiguous; possibilities: '--verbose' '--verbatim'\n"
		"./prog: unrecognized option '-W x'\n"
		"./prog: option requires an argument -- 'b'\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_getopt_vs_glibc),
		cmocka_unit_test(test_harness_sees_differences),
		cmocka_unit_test(test_messages_exact),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
