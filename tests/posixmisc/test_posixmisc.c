/*
 * Small POSIX functions against glibc, in-process: each lstar_ call is
 * made beside the glibc call that answers the same question, on the same
 * files (a scratch directory from mkdtemp).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <ftw.h>
#include <search.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>

#include "default_signals.h"
#include "posixmisc_api.h"
#include "scratch_dir.h"

static char *slurp(const char *p)
{
	static char buf[4096];
	FILE *f = fopen(p, "r");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = 0;
	fclose(f);
	return buf;
}

/* ---- 1. system, popen, pclose ---- */

static void test_system_status(void **state)
{
	(void)state;
	lstar_environ = environ;
	assert_int_equal(lstar_system("exit 3"), system("exit 3"));
	assert_int_equal(lstar_system("exit 3"), 3 << 8);
	assert_int_equal(lstar_system("kill -TERM $$"), system("kill -TERM $$"));
	assert_true(WIFSIGNALED(lstar_system("kill -TERM $$")));
	assert_int_equal(lstar_system("exec /nonexistent/x 2>/dev/null"), 127 << 8);
	assert_int_not_equal(lstar_system(NULL), 0);
	assert_int_not_equal(system(NULL), 0);
}

static int chld_seen;
static void on_chld(int sig) { (void)sig; chld_seen++; }

/* The command sees the caller's signal state, the caller survives the
 * SIGINT/SIGQUIT the command sends it, and SIGCHLD stays blocked until the
 * child is reaped (a handler then runs only once system has returned). */
static void test_system_signals(void **state)
{
	(void)state;
	char cmd[256];
	lstar_environ = environ;
	snprintf(cmd, sizeof cmd, "grep -E '^Sig(Blk|Ign)' /proc/self/status > %s", path("sig_lstar"));
	assert_int_equal(lstar_system(cmd), 0);
	/* the caller's own state (glibc's system leaves its internal signals
	 * 32 and 33 ignored in the command, so compare with the caller) */
	char mine[512] = "", line[256];
	FILE *st = fopen("/proc/self/status", "r");
	assert_non_null(st);
	while (fgets(line, sizeof line, st))
		if (!strncmp(line, "SigBlk:", 7) || !strncmp(line, "SigIgn:", 7))
			strcat(mine, line);
	fclose(st);
	assert_string_equal(slurp(path("sig_lstar")), mine);

	assert_int_equal(lstar_system("kill -INT $PPID; kill -QUIT $PPID; exit 0"), 0);

	/* the runner may have inherited SIGCHLD blocked: unblock it here */
	sigset_t chld, saved_mask;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_UNBLOCK, &chld, &saved_mask);
	struct sigaction sa = {0}, old;
	sa.sa_handler = on_chld;
	sigaction(SIGCHLD, &sa, &old);
	chld_seen = 0;
	assert_int_equal(lstar_system("exit 4"), 4 << 8);
	/* delivered on unblocking, after the child was reaped */
	assert_int_equal(chld_seen, 1);
	assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
	sigaction(SIGCHLD, &old, NULL);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	assert_false(sigismember(&now, SIGCHLD));
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
}

static void test_popen_read_write(void **state)
{
	(void)state;
	char line[128];
	lstar_environ = environ;
	lstar_FILE *r = lstar_popen("echo one; echo two; exit 9", "r");
	assert_non_null(r);
	assert_non_null(lstar_fgets(line, sizeof line, r));
	assert_string_equal(line, "one\n");
	assert_non_null(lstar_fgets(line, sizeof line, r));
	assert_string_equal(line, "two\n");
	assert_null(lstar_fgets(line, sizeof line, r));
	int st = lstar_pclose(r);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 9);

	char cmd[256];
	snprintf(cmd, sizeof cmd, "cat > %s", path("popen_w"));
	lstar_FILE *w = lstar_popen(cmd, "w");
	assert_non_null(w);
	assert_true(lstar_fputs("written through popen\n", w) >= 0);
	assert_int_equal(lstar_pclose(w), 0);
	assert_string_equal(slurp(path("popen_w")), "written through popen\n");
}

static void test_popen_modes(void **state)
{
	(void)state;
	lstar_environ = environ;
	const char *bad[] = {"", "x", "rw", "wr", "r+", "rb"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		lstar_errno = 0;
		assert_null(lstar_popen("true", bad[i]));
		assert_int_equal(lstar_errno, EINVAL);
		errno = 0;
		FILE *g = popen("true", bad[i]);
		assert_null(g);
		assert_int_equal(errno, EINVAL);
	}
	lstar_FILE *e = lstar_popen("cat >/dev/null", "we");
	assert_non_null(e);
	assert_int_equal(fcntl(lstar_fileno(e), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	lstar_FILE *n = lstar_popen("cat >/dev/null", "w");
	assert_non_null(n);
	assert_int_equal(fcntl(lstar_fileno(n), F_GETFD) & FD_CLOEXEC, 0);
	assert_int_equal(lstar_pclose(e), 0);
	assert_int_equal(lstar_pclose(n), 0);

	/* not from popen: -1/ECHILD, and the stream stays usable */
	lstar_FILE *f = lstar_fopen(path("plain"), "w");
	assert_non_null(f);
	lstar_errno = 0;
	assert_int_equal(lstar_pclose(f), -1);
	assert_int_equal(lstar_errno, ECHILD);
	assert_true(lstar_fputs("x", f) >= 0);
	assert_int_equal(lstar_fclose(f), 0);
}

/* A later popen's child must not hold an earlier popen's pipe (POSIX), or
 * the earlier command's reader would not see end-of-file on pclose. */
static void test_popen_closes_earlier_streams(void **state)
{
	(void)state;
	char cmd[256], line[64];
	lstar_environ = environ;
	snprintf(cmd, sizeof cmd, "cat > %s", path("first"));
	lstar_FILE *a = lstar_popen(cmd, "w");
	assert_non_null(a);
	int afd = lstar_fileno(a);
	snprintf(cmd, sizeof cmd, "test -e /proc/$$/fd/%d && echo open || echo closed", afd);
	lstar_FILE *b = lstar_popen(cmd, "r");
	assert_non_null(b);
	assert_non_null(lstar_fgets(line, sizeof line, b));
	assert_string_equal(line, "closed\n");
	lstar_fputs("abc\n", a);
	assert_int_equal(lstar_pclose(a), 0);
	assert_string_equal(slurp(path("first")), "abc\n");
	assert_int_equal(lstar_pclose(b), 0);
}

/* ---- 2. ftw, nftw ---- */

static char walk_log[8192];
static int walk_calls, walk_stop_at;

static void logf_(const char *fmt, ...)
{
	size_t n = strlen(walk_log);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(walk_log + n, sizeof walk_log - n, fmt, ap);
	va_end(ap);
}

/* One line per visit: the path below the scratch directory, type, base,
 * level, the file type seen and the working directory. */
static int log_nftw(const char *p, const struct stat *st, int type, struct FTW *f)
{
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	const char *rel = strncmp(cwd, dir, strlen(dir)) ? "(out)" : cwd + strlen(dir);
	const char *pr = strncmp(p, dir, strlen(dir)) ? p : p + strlen(dir);
	logf_("%s t%d b%d l%d m%o cwd=%s\n", pr, type, f->base - (pr != p ? (int)strlen(dir) : 0),
	      f->level, type == FTW_NS ? 0 : (unsigned)(st->st_mode & S_IFMT) >> 12, rel);
	return ++walk_calls == walk_stop_at ? 42 : 0;
}

static int log_ftw(const char *p, const struct stat *st, int type)
{
	logf_("%s t%d m%o\n", p, type, type == FTW_NS ? 0 : (unsigned)(st->st_mode & S_IFMT) >> 12);
	return ++walk_calls == walk_stop_at ? 42 : 0;
}

static void make_tree(void)
{
	assert_int_equal(mkdir(path("w"), 0755), 0);
	assert_int_equal(mkdir(path("w/d"), 0755), 0);
	assert_int_equal(mkdir(path("w/d/e"), 0755), 0);
	fclose(fopen(path("w/f"), "w"));
	fclose(fopen(path("w/d/g"), "w"));
	fclose(fopen(path("w/d/e/h"), "w"));
	assert_int_equal(symlink("d", path("w/sl")), 0);
	assert_int_equal(symlink("nowhere", path("w/dangle")), 0);
	assert_int_equal(mkdir(path("loop"), 0755), 0);
	fclose(fopen(path("loop/a"), "w"));
	assert_int_equal(symlink("l", path("loop/l")), 0);
}

static void compare_nftw(const char *root, int flags, int stop)
{
	char mine[8192];
	int r1, r2, e1, e2;
	walk_log[0] = 0;
	walk_calls = 0;
	walk_stop_at = stop;
	lstar_errno = 0;
	r1 = lstar_nftw(root, log_nftw, 4, flags);
	e1 = lstar_errno;
	strcpy(mine, walk_log);
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	walk_log[0] = 0;
	walk_calls = 0;
	errno = 0;
	r2 = nftw(root, log_nftw, 4, flags);
	e2 = errno;
	if (strcmp(mine, walk_log) || r1 != r2 || (r1 == -1 && e1 != e2))
		print_message("nftw(%s, %#x): lstar %d/%d\n%sglibc %d/%d\n%s", root, flags,
			      r1, e1, mine, r2, e2, walk_log);
	assert_string_equal(mine, walk_log);
	assert_int_equal(r1, r2);
	if (r1 == -1)
		assert_int_equal(e1, e2);
	char after[512];
	assert_non_null(getcwd(after, sizeof after));
	assert_string_equal(cwd, after);	/* FTW_CHDIR restores it */
}

static void test_nftw_vs_glibc(void **state)
{
	(void)state;
	make_tree();
	const char *roots[] = {"w", "w/", "w//d//", "w/d", "w/f", "w/dangle", "w/sl", "loop",
			       "w/none", ""};
	int flagsets[] = {0, FTW_PHYS, FTW_DEPTH, FTW_PHYS | FTW_DEPTH, FTW_CHDIR,
			  FTW_CHDIR | FTW_DEPTH, FTW_MOUNT, FTW_PHYS | FTW_MOUNT | FTW_DEPTH | FTW_CHDIR};
	for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
		for (size_t j = 0; j < sizeof flagsets / sizeof *flagsets; j++) {
			char root[256];
			snprintf(root, sizeof root, "%s", *roots[i] ? path(roots[i]) : "");
			compare_nftw(root, flagsets[j], 0);
		}
	/* a nonzero callback result stops the walk and is returned */
	for (int stop = 1; stop <= 6; stop++) {
		compare_nftw(path("w"), FTW_PHYS, stop);
		compare_nftw(path("w"), FTW_PHYS | FTW_DEPTH | FTW_CHDIR, stop);
	}
	/* a relative start, walked from inside the scratch directory */
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	compare_nftw("w", FTW_PHYS | FTW_CHDIR, 0);
	compare_nftw("w/d/", FTW_CHDIR | FTW_DEPTH, 0);
	compare_nftw(".", FTW_PHYS, 0);
	assert_int_equal(chdir(cwd), 0);

	/* ftw: no flags, dangling links reported as FTW_NS */
	for (size_t i = 0; i < 8; i++) {
		char mine[8192];
		walk_log[0] = 0;
		walk_calls = 0;
		walk_stop_at = i == 0 ? 2 : 0;
		int r1 = lstar_ftw(path(roots[i]), log_ftw, 4);
		strcpy(mine, walk_log);
		walk_log[0] = 0;
		walk_calls = 0;
		int r2 = ftw(path(roots[i]), log_ftw, 4);
		assert_string_equal(mine, walk_log);
		assert_int_equal(r1, r2);
	}
}

/* Both walks of u, where u/shut cannot be read: 0 when they agree and
 * the directory was reported FTW_DNR. */
static int unreadable_walks(void)
{
	char mine[8192];
	int ok = 1;
	for (int depth = 0; depth < 2; depth++) {
		walk_log[0] = 0;
		walk_calls = walk_stop_at = 0;
		int r1 = lstar_nftw(path("u"), log_nftw, 4, depth ? FTW_DEPTH : 0);
		strcpy(mine, walk_log);
		walk_log[0] = 0;
		int r2 = nftw(path("u"), log_nftw, 4, depth ? FTW_DEPTH : 0);
		ok &= r1 == r2 && !strcmp(mine, walk_log) && strstr(mine, "/u/shut t2 ");
	}
	return ok ? 0 : 1;
}

static void test_nftw_unreadable(void **state)
{
	(void)state;
	assert_int_equal(mkdir(path("u"), 0755), 0);
	assert_int_equal(mkdir(path("u/shut"), 0755), 0);
	fclose(fopen(path("u/shut/x"), "w"));
	assert_int_equal(chmod(path("u/shut"), 0), 0);
	if (geteuid() != 0) {
		assert_int_equal(unreadable_walks(), 0);
	} else {
		/* root reads anything: walk as nobody in a child */
		assert_int_equal(chmod(dir, 0755), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			if (setgid(65534) || setuid(65534))
				_exit(77);
			_exit(unreadable_walks());
		}
		int st;
		assert_int_equal(waitpid(pid, &st, 0), pid);
		chmod(dir, 0700);
		if (WIFEXITED(st) && WEXITSTATUS(st) == 77)
			print_message("skipped: root cannot switch to uid 65534 here\n");
		else
			assert_int_equal(st, 0);
	}
	assert_int_equal(chmod(path("u/shut"), 0755), 0);
}

/* ---- 3. glob ---- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int err_calls;
static char err_path[512];
static int err_errno;
static int on_glob_err(const char *p, int e)
{
	err_calls++;
	snprintf(err_path, sizeof err_path, "%s", p);
	err_errno = e;
	return 1;
}

static int mismatches;

/* Same result code and the same paths (as a set with GLOB_NOSORT). */
static void compare_glob(const char *pat, int flags)
{
	glob_t a, b;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	int r1 = lstar_glob(pat, flags, NULL, &a);
	int r2 = glob(pat, flags, NULL, &b);
	int same = r1 == r2 && a.gl_pathc == b.gl_pathc;
	/* glibc's GLOB_MARK adds a second slash to "dir/" from a pattern
	 * ending in '/'; lstar does not (docs/posixmisc.md) */
	for (size_t i = 0; r2 == 0 && (flags & GLOB_MARK) && i < b.gl_pathc; i++) {
		size_t n = strlen(b.gl_pathv[i]);
		if (n > 2 && !strcmp(b.gl_pathv[i] + n - 2, "//") && pat[strlen(pat) - 1] == '/')
			b.gl_pathv[i][n - 1] = 0;
	}
	if (same && (flags & GLOB_NOSORT)) {
		qsort(a.gl_pathv, a.gl_pathc, sizeof *a.gl_pathv, cmp_str);
		qsort(b.gl_pathv, b.gl_pathc, sizeof *b.gl_pathv, cmp_str);
	}
	for (size_t i = 0; same && i < a.gl_pathc; i++)
		same = !strcmp(a.gl_pathv[i], b.gl_pathv[i]);
	if (!same) {
		print_message("glob(\"%s\", %#x): lstar %d:", pat, flags, r1);
		for (size_t i = 0; r1 == 0 && i < a.gl_pathc && i < 8; i++)
			print_message(" %s", a.gl_pathv[i]);
		print_message("\n  glibc %d:", r2);
		for (size_t i = 0; r2 == 0 && i < b.gl_pathc && i < 8; i++)
			print_message(" %s", b.gl_pathv[i]);
		print_message("\n");
		mismatches++;
	}
	if (r1 == 0)
		assert_null(a.gl_pathv[a.gl_pathc]);
	lstar_globfree(&a);
	globfree(&b);
}

static void test_glob_vs_glibc(void **state)
{
	(void)state;
	const char *files[] = {"g/a.c", "g/b.c", "g/ab", "g/.hidden", "g/st*r", "g/[x]",
			       "g/sub/x.c", "g/sub/y.h", "g/sub/.dot.c", "g/sub2/x.c",
			       "g/sub2/deep/z.c", "g/B.c", "g/-", "g/]"};
	assert_int_equal(mkdir(path("g"), 0755), 0);
	assert_int_equal(mkdir(path("g/sub"), 0755), 0);
	assert_int_equal(mkdir(path("g/sub2"), 0755), 0);
	assert_int_equal(mkdir(path("g/sub2/deep"), 0755), 0);
	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		fclose(fopen(path(files[i]), "w"));
	assert_int_equal(symlink("sub", path("g/lsub")), 0);
	assert_int_equal(symlink("none", path("g/ldangle")), 0);
	const char *pats[] = {"*", "*.c", "?.c", "[ab].c", "[!a].c", "[^a]*", "[a-b]*", "[A-Z]*",
			      "*/", "*/*.c", "s*/x.c", ".*", "*hidden*", ".h*", "sub", "sub/",
			      "none", "none/*", "st\\*r", "st*r", "[[:alpha:]]b", "[[:upper:]]*",
			      "*/*/", "*/*/*", "\\a.c", "a[", "[]]", "[!]]*", "[a-]", "sub/../a.c",
			      "sub/*.c", "sub/.*.c", "l*/x.c", "ldangle", "l*", "*/x.?", "a.c/*",
			      "*[", "[x]", "\\[x]", "**", "*b*", "?", "??", "*.[ch]",
			      "sub//x.c", "s?b*/"};
	int flagsets[] = {0, GLOB_MARK, GLOB_NOCHECK, GLOB_NOESCAPE, GLOB_PERIOD, GLOB_NOSORT,
			  GLOB_ERR, GLOB_MARK | GLOB_NOCHECK | GLOB_NOESCAPE};
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	for (size_t i = 0; i < sizeof pats / sizeof *pats; i++)
		for (size_t j = 0; j < sizeof flagsets / sizeof *flagsets; j++) {
			char full[512];
			snprintf(full, sizeof full, "%s/g/%s", dir, pats[i]);
			compare_glob(full, flagsets[j]);
			/* glibc's relative "*\/" alone hides "./" and "../" from
			 * GLOB_PERIOD, its absolute form does not; lstar is
			 * consistent with the latter (docs/posixmisc.md) */
			if (!strcmp(pats[i], "*/") && flagsets[j] == GLOB_PERIOD)
				continue;
			assert_int_equal(chdir(path("g")), 0);	/* relative */
			compare_glob(pats[i], flagsets[j]);
			assert_int_equal(chdir(cwd), 0);
		}
	compare_glob("", 0);
	compare_glob("", GLOB_NOCHECK);
	/* a trailing slash names directories only (POSIX); glibc returns
	 * "a.c" for a literal "a.c/" naming a file */
	glob_t g;
	char full[512];
	snprintf(full, sizeof full, "%s/g/a.c/", dir);
	assert_int_equal(lstar_glob(full, 0, NULL, &g), GLOB_NOMATCH);
	snprintf(full, sizeof full, "%s/g/a.*/", dir);
	assert_int_equal(lstar_glob(full, 0, NULL, &g), GLOB_NOMATCH);
	assert_int_equal(glob(full, 0, NULL, &g), GLOB_NOMATCH);
	assert_int_equal(mismatches, 0);
}

static void test_glob_flags(void **state)
{
	(void)state;
	glob_t g;
	char pat[512];
	/* GLOB_DOOFFS reserves NULL slots; GLOB_APPEND adds, sorting only
	 * the new paths */
	memset(&g, 0, sizeof g);
	g.gl_offs = 2;
	snprintf(pat, sizeof pat, "%s/g/sub/*", dir);
	assert_int_equal(lstar_glob(pat, GLOB_DOOFFS, NULL, &g), 0);
	assert_int_equal(g.gl_pathc, 2);
	assert_null(g.gl_pathv[0]);
	assert_null(g.gl_pathv[1]);
	assert_string_equal(g.gl_pathv[2], path("g/sub/x.c"));
	assert_string_equal(g.gl_pathv[3], path("g/sub/y.h"));
	snprintf(pat, sizeof pat, "%s/g/[ab].c", dir);
	assert_int_equal(lstar_glob(pat, GLOB_DOOFFS | GLOB_APPEND, NULL, &g), 0);
	assert_int_equal(g.gl_pathc, 4);
	assert_null(g.gl_pathv[1]);
	assert_string_equal(g.gl_pathv[4], path("g/a.c"));
	assert_string_equal(g.gl_pathv[5], path("g/b.c"));
	assert_null(g.gl_pathv[6]);
	/* a failed append keeps what was there */
	snprintf(pat, sizeof pat, "%s/g/nothing*", dir);
	assert_int_equal(lstar_glob(pat, GLOB_DOOFFS | GLOB_APPEND, NULL, &g), GLOB_NOMATCH);
	assert_int_equal(g.gl_pathc, 4);
	lstar_globfree(&g);

	/* an unreadable directory: errfunc decides, GLOB_ERR aborts */
	snprintf(pat, sizeof pat, "%s/g/none/*", dir);
	err_calls = 0;
	memset(&g, 0, sizeof g);
	assert_int_equal(lstar_glob(pat, 0, on_glob_err, &g), GLOB_ABORTED);
	assert_int_equal(err_calls, 1);
	assert_string_equal(err_path, path("g/none"));
	assert_int_equal(err_errno, ENOENT);
	err_calls = 0;
	assert_int_equal(glob(pat, 0, on_glob_err, &g), GLOB_ABORTED);
	assert_int_equal(err_calls, 1);
	assert_string_equal(err_path, path("g/none"));
	assert_int_equal(lstar_glob(pat, GLOB_ERR, NULL, &g), GLOB_ABORTED);
	assert_int_equal(lstar_glob(pat, 0, NULL, &g), GLOB_NOMATCH);
}

/* ---- 4. strptime ---- */

static void compare_strptime(const char *in, const char *fmt)
{
	struct tm a, b;
	memset(&a, 0, sizeof a);
	a.tm_sec = 7, a.tm_min = 8, a.tm_hour = 9, a.tm_mday = 10, a.tm_mon = 11;
	a.tm_year = 12, a.tm_wday = 5, a.tm_yday = 14, a.tm_isdst = -1, a.tm_gmtoff = 99;
	b = a;
	char *r1 = lstar_strptime(in, fmt, &a), *r2 = strptime(in, fmt, &b);
	long o1 = r1 ? r1 - in : -1, o2 = r2 ? r2 - in : -1;
	int same = o1 == o2 && (!r1 || (a.tm_sec == b.tm_sec && a.tm_min == b.tm_min &&
		a.tm_hour == b.tm_hour && a.tm_mday == b.tm_mday && a.tm_mon == b.tm_mon &&
		a.tm_year == b.tm_year && a.tm_wday == b.tm_wday && a.tm_yday == b.tm_yday &&
		a.tm_isdst == b.tm_isdst && a.tm_gmtoff == b.tm_gmtoff));
	if (!same)
		print_message("strptime(\"%s\", \"%s\"): lstar %ld %d-%d-%d %d:%d:%d w%d y%d dst%d off%ld\n"
			      "  glibc %ld %d-%d-%d %d:%d:%d w%d y%d dst%d off%ld\n", in, fmt,
			      o1, a.tm_year, a.tm_mon, a.tm_mday, a.tm_hour, a.tm_min, a.tm_sec,
			      a.tm_wday, a.tm_yday, a.tm_isdst, a.tm_gmtoff,
			      o2, b.tm_year, b.tm_mon, b.tm_mday, b.tm_hour, b.tm_min, b.tm_sec,
			      b.tm_wday, b.tm_yday, b.tm_isdst, b.tm_gmtoff);
	mismatches += !same;
}

static void test_strptime_vs_glibc(void **state)
{
	(void)state;
	static const char *cases[][2] = {
		{"2024-02-29", "%Y-%m-%d"}, {"2024-02-29", "%F"}, {"1999-12-31 23:59:60", "%F %T"},
		{"Thu Jan  1 00:00:00 1970", "%c"}, {"Sat, 02 Mar 2024 10:11:12", "%a, %d %b %Y %H:%M:%S"},
		{"saturday march 2 24", "%A %B %e %y"}, {"SEPT", "%b"}, {"Sep", "%b"}, {"Septe", "%B"},
		{"12/31/98", "%D"}, {"12/31/68", "%x"}, {"12/31/69", "%x"}, {"23:05", "%R"},
		{"11:05:09 PM", "%r"}, {"12:00:00 am", "%r"}, {"12:30 pm", "%I:%M %p"},
		{"7 pm", "%H %p"}, {"060", "%j"}, {"2023 060", "%Y %j"}, {"2024 060", "%Y %j"},
		{"2024 366", "%Y %j"}, {"367", "%j"}, {"19 99", "%C %y"}, {"20", "%C"}, {"20 05", "%C%n%y"},
		{"  42", "%M"}, {"60", "%M"}, {"61", "%S"}, {"62", "%S"}, {"24", "%H"}, {"0", "%I"},
		{"13", "%m"}, {"0", "%d"}, {"32", "%d"}, {"abc", "%d"}, {"", "%d"}, {"5x", "%dx"},
		{"5 x", "%d x"}, {"5   x", "%d x"}, {"5x", "%d x"}, {"%", "%%"}, {" %", "%%"},
		{"a\tb", "a%tb"}, {"ab", "a%nb"}, {"3", "%u"}, {"7", "%u"}, {"0", "%u"}, {"6", "%w"},
		{"7", "%w"}, {"12 2024 3", "%U %Y %w"}, {"53", "%W"}, {"54", "%V"}, {"2024 09", "%G %V"},
		{"24", "%g"}, {"+0530", "%z"}, {"-08:00", "%z"}, {"Z", "%z"}, {"+05", "%z"},
		{"+0560", "%z"}, {"+053", "%z"}, {"0530", "%z"}, {"UTC x", "%Z x"}, {"86400", "%s"},
		{"1700000000 rest", "%s"}, {"2024-13-01", "%F"}, {"10000", "%Y"}, {"0099", "%Y"},
		{"2024/3/4", "%Y/%m/%d"}, {"Mon 2024-03-04", "%a %F"}, {"Tue 2024-03-04", "%a %F"},
		{"2024 Mar", "%Y %b"}, {"4", "%e"}, {"4 Mar", "%e %b"}, {"1900-01-01", "%F"},
		{"1600-03-01", "%F"}, {"0001-01-01", "%F"}, {"12:30", "%EH:%OM"}, {"x", "%"},
		{"x", "%Q"}, {"17", "%k"}, {"5", "%l"}, {"01 2024 1", "%W %Y %w"},
{"52 2023 0", "%W %Y %u"}, {"10 2024 3 15", "%U %Y %w %d"},
		{"10 2024 Mar 3", "%U %Y %b %w"}, {"99", "%Ey"}, {"1999", "%EY"}, {"05", "%Od"},
		{"Mon", "%Oa"},
	};
	setenv("TZ", "UTC", 1);	/* %s goes through localtime: lstar's is UTC */
	tzset();
	mismatches = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		compare_strptime(cases[i][0], cases[i][1]);
	assert_int_equal(mismatches, 0);
}

/* ---- 5. timers, memory advice and locks, confstr, getpass, rawmemchr ---- */

static void test_itimer(void **state)
{
	(void)state;
	struct itimerval v = {{0, 0}, {1000, 0}}, old, cur, g, inherited;
	struct itimerval zero = {{0, 0}, {0, 0}};
	setitimer(ITIMER_VIRTUAL, &zero, &inherited);	/* itimers survive exec */
	assert_int_equal(lstar_setitimer(ITIMER_VIRTUAL, &v, &old), 0);
	assert_int_equal(old.it_value.tv_sec, 0);
	assert_int_equal(lstar_getitimer(ITIMER_VIRTUAL, &cur), 0);
	assert_int_equal(getitimer(ITIMER_VIRTUAL, &g), 0);
	assert_true(cur.it_value.tv_sec > 990 && cur.it_value.tv_sec <= 1000);
	assert_true(g.it_value.tv_sec <= cur.it_value.tv_sec);
	assert_int_equal(lstar_setitimer(ITIMER_VIRTUAL, &zero, &old), 0);
	assert_true(old.it_value.tv_sec > 990);
	assert_int_equal(lstar_getitimer(ITIMER_VIRTUAL, &cur), 0);
	assert_false(timerisset(&cur.it_value));
	lstar_errno = 0;
	assert_int_equal(lstar_getitimer(99, &cur), -1);
	assert_int_equal(lstar_errno, EINVAL);
	v.it_value.tv_usec = 1000000;	/* out of range */
	lstar_errno = 0;
	assert_int_equal(lstar_setitimer(ITIMER_REAL, &v, NULL), -1);
	assert_int_equal(lstar_errno, EINVAL);
	setitimer(ITIMER_VIRTUAL, &inherited, NULL);
}

static void test_memory_calls(void **state)
{
	(void)state;
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	p[0] = 'x';
	/* lock results depend on RLIMIT_MEMLOCK and privilege: same as glibc */
	int gl = mlock(p, pg), ge = errno;
	munlock(p, pg);
	lstar_errno = 0;
	int ll = lstar_mlock(p, pg);
	assert_int_equal(ll, gl);
	if (ll)
		assert_int_equal(lstar_errno, ge);
	assert_int_equal(lstar_munlock(p, pg), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_mlockall(0), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_munlockall(), 0);

	assert_int_equal(lstar_msync(p, pg, MS_SYNC), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_msync(p, pg, MS_SYNC | MS_ASYNC), -1);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_madvise(p, pg, MADV_WILLNEED), 0);
	lstar_errno = 0;
	assert_int_equal(lstar_madvise(p + 1, pg, MADV_WILLNEED), -1);
	assert_int_equal(lstar_errno, EINVAL);

	/* POSIX_MADV_DONTNEED is advice only: the data stays (glibc too) */
	assert_int_equal(lstar_posix_madvise(p, pg, POSIX_MADV_DONTNEED), 0);
	assert_int_equal(p[0], 'x');
	assert_int_equal(lstar_posix_madvise(p, pg, POSIX_MADV_SEQUENTIAL), 0);
	assert_int_equal(lstar_posix_madvise(p + 1, pg, POSIX_MADV_NORMAL), EINVAL);
	assert_int_equal(posix_madvise(p + 1, pg, POSIX_MADV_NORMAL), EINVAL);

	unsigned char vec[2] = {0xff, 0xff}, gvec[2];
	assert_int_equal(lstar_mincore(p, 2 * pg, vec), 0);
	assert_int_equal(mincore(p, 2 * pg, gvec), 0);
	assert_int_equal(vec[0] & 1, 1);
	assert_memory_equal(vec, gvec, 2);
	munmap(p, 2 * pg);
	lstar_errno = 0;
	assert_int_equal(lstar_mincore(p, pg, vec), -1);
	assert_int_equal(lstar_errno, ENOMEM);
}

static void test_confstr(void **state)
{
	(void)state;
	char a[64], b[64];
	size_t n = confstr(_CS_PATH, b, sizeof b);
	assert_int_equal(lstar_confstr(_CS_PATH, a, sizeof a), n);
	assert_string_equal(a, b);
	assert_int_equal(lstar_confstr(_CS_PATH, NULL, 0), n);
	memset(a, '#', sizeof a);
	assert_int_equal(lstar_confstr(_CS_PATH, a, 5), n);
	confstr(_CS_PATH, b, 5);
	assert_string_equal(a, b);
	assert_int_equal(a[6], '#');
	lstar_errno = 0;
	assert_int_equal(lstar_confstr(-1, a, sizeof a), 0);
	assert_int_equal(lstar_errno, EINVAL);
}

static void test_rawmemchr(void **state)
{
	(void)state;
	char buf[100];
	for (int i = 0; i < 100; i++)
		buf[i] = (char)('a' + i % 20);
	buf[99] = 0;
	for (int start = 0; start < 40; start++)
		for (int c = 'a'; c < 'a' + 20; c++) {
			char *want = memchr(buf + start, c, sizeof buf - start);
			assert_ptr_equal(lstar_rawmemchr(buf + start, c), want);
		}
	assert_ptr_equal(lstar_rawmemchr(buf, 0), buf + 99);
	assert_ptr_equal(lstar_rawmemchr(buf, 'a' + 256), buf);	/* c as unsigned char */
}

/* getpass on a pseudo-terminal that the child makes its controlling tty:
 * the prompt comes out, the typed password is not echoed, the newline is. */
static void test_getpass_pty(void **state)
{
	(void)state;
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0 || grantpt(m) || unlockpt(m)) {
		print_message("skipped: no pseudo-terminals here (%s)\n", strerror(errno));
		return;
	}
	char name[128];
	assert_int_equal(ptsname_r(m, name, sizeof name), 0);
	int res[2];
	assert_int_equal(pipe(res), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		setsid();
		int s = open(name, O_RDWR);
		if (s < 0 || ioctl(s, TIOCSCTTY, 0) < 0)
			_exit(2);
		char *pw = lstar_getpass("Password: ");
		write(res[1], pw ? pw : "(null)", pw ? strlen(pw) : 6);
		_exit(0);
	}
	close(res[1]);
	char out[256];
	size_t got = 0;
	while (got < 10) {	/* "Password: " */
		ssize_t r = read(m, out + got, sizeof out - 1 - got);
		assert_true(r > 0);
		got += (size_t)r;
	}
	out[got] = 0;
	assert_string_equal(out, "Password: ");
	assert_int_equal(write(m, "s3cret\n", 7), 7);
	char pw[64];
	ssize_t n = read(res[0], pw, sizeof pw - 1);
	assert_true(n >= 0);
	pw[n] = 0;
	assert_string_equal(pw, "s3cret");
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_int_equal(st, 0);
	/* the rest of the terminal's output: only the newline (as CR LF) */
	ssize_t r = read(m, out, sizeof out - 1);
	out[r > 0 ? r : 0] = 0;
	assert_string_equal(out, "\r\n");
	close(m);
	close(res[0]);
}

/* ---- 6. <search.h> ---- */

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct visit { int key; VISIT v; int depth; };
static struct visit visits[4096];
static int nvisits;

static void record(const void *node, VISIT v, int depth)
{
	struct visit *r = &visits[nvisits++];
	r->key = **(int *const *)node;
	r->v = v;
	r->depth = depth;
}

/* Checks twalk's protocol over a whole tree: every node is one leaf visit
 * or preorder, postorder, endorder at one depth with its subtrees' visits
 * between them; the in-order visits (postorder and leaf) come sorted.
 * Returns the height. */
static int check_walk(int n)
{
	int last = -1, height = 0, seen = 0, stack[200], sp = 0;
	for (int i = 0; i < nvisits; i++) {
		struct visit *r = &visits[i];
		if (r->depth + 1 > height)
			height = r->depth + 1;
		if (r->v == leaf || r->v == postorder) {
			assert_true(r->key > last);
			last = r->key;
			seen++;
		}
		if (r->v == leaf || r->v == preorder)
			assert_int_equal(r->depth, sp);
		if (r->v == preorder)
			stack[sp++] = r->key;
		if (r->v == postorder || r->v == endorder) {
			assert_true(sp > 0);
			assert_int_equal(stack[sp - 1], r->key);
			assert_int_equal(r->depth, sp - 1);
		}
		if (r->v == endorder)
			sp--;
	}
	assert_int_equal(sp, 0);
	assert_int_equal(seen, n);
	return height;
}

static int nfreed;
static void count_free(void *p) { (void)p; nfreed++; }

static void test_tsearch(void **state)
{
	(void)state;
	enum { N = 1000 };
	static int keys[N];
	void *root = NULL;
	srand(7);
	for (int i = 0; i < N; i++)
		keys[i] = i * 2;
	for (int i = N - 1; i > 0; i--) {	/* shuffled insertion order */
		int j = rand() % (i + 1), t = keys[i];
		keys[i] = keys[j];
		keys[j] = t;
	}
	for (int i = 0; i < N; i++) {
		void *node = lstar_tsearch(&keys[i], &root, cmp_int);
		assert_non_null(node);
		assert_ptr_equal(*(int **)node, &keys[i]);
	}
	int dup = keys[5];
	assert_ptr_equal(*(int **)lstar_tsearch(&dup, &root, cmp_int), &keys[5]);
	for (int k = -1; k <= 2 * N; k++) {
		void *node = lstar_tfind(&k, &root, cmp_int);
		if (k >= 0 && k < 2 * N && k % 2 == 0)
			assert_int_equal(**(int **)node, k);
		else
			assert_null(node);
	}
	nvisits = 0;
	lstar_twalk(root, record);
	int h = check_walk(N);
	assert_true(h <= 14);	/* AVL: 1.44 log2(1002) < 14.4 */

	/* delete the multiples of 4, from both ends inwards */
	for (int k = 0; k < 2 * N; k += 4)
		assert_non_null(lstar_tdelete(&k, &root, cmp_int));
	for (int k = 0; k < 2 * N; k += 2) {
		void *node = lstar_tfind(&k, &root, cmp_int);
		if (k % 4)
			assert_int_equal(**(int **)node, k);
		else
			assert_null(node);
	}
	int absent = 1;
	assert_null(lstar_tdelete(&absent, &root, cmp_int));
	nvisits = 0;
	lstar_twalk(root, record);
	assert_true(check_walk(N / 2) <= 13);
	nfreed = 0;
	lstar_tdestroy(root, count_free);
	assert_int_equal(nfreed, N / 2);
	lstar_tdestroy(NULL, count_free);
	assert_null(lstar_tsearch(&dup, NULL, cmp_int));
	assert_null(lstar_tfind(&dup, NULL, cmp_int));
}

/* Small trees have one balanced shape, so the visits equal glibc's, and
 * tdelete returns the same parent. */
static void test_tsearch_vs_glibc(void **state)
{
	(void)state;
	static int k[] = {2, 1, 3};
	void *lr = NULL, *gr = NULL;
	for (int i = 0; i < 3; i++) {
		lstar_tsearch(&k[i], &lr, cmp_int);
		tsearch(&k[i], &gr, cmp_int);
	}
	struct visit mine[16];
	nvisits = 0;
	lstar_twalk(lr, record);
	int n = nvisits;
	memcpy(mine, visits, sizeof mine);
	nvisits = 0;
	twalk(gr, record);
	assert_int_equal(n, nvisits);
	assert_int_equal(n, 5);
	assert_memory_equal(mine, visits, n * sizeof *mine);

	int one = 1, two = 2;
	void *lp = lstar_tdelete(&one, &lr, cmp_int), *gp = tdelete(&one, &gr, cmp_int);
	assert_int_equal(**(int **)lp, 2);
	assert_int_equal(**(int **)gp, 2);
	assert_non_null(lstar_tdelete(&two, &lr, cmp_int));	/* the root */
	assert_non_null(tdelete(&two, &gr, cmp_int));
	assert_int_equal(**(int **)lr, 3);
	assert_int_equal(**(int **)gr, 3);
	assert_non_null(lstar_tdelete(&k[2], &lr, cmp_int));
	assert_null(lr);
	tdestroy(gr, count_free);
}

static void test_lfind_lsearch(void **state)
{
	(void)state;
	int a[8] = {5, 3, 9}, b[8] = {5, 3, 9};
	size_t na = 3, nb = 3;
	int k = 9, m = 4;
	assert_ptr_equal(lstar_lfind(&k, a, &na, sizeof *a, cmp_int), &a[2]);
	assert_null(lstar_lfind(&m, a, &na, sizeof *a, cmp_int));
	assert_ptr_equal(lstar_lsearch(&m, a, &na, sizeof *a, cmp_int), &a[3]);
	assert_ptr_equal(lsearch(&m, b, &nb, sizeof *b, cmp_int), &b[3]);
	assert_ptr_equal(lstar_lsearch(&m, a, &na, sizeof *a, cmp_int), &a[3]);
	assert_int_equal(na, 4);
	assert_int_equal(nb, 4);
	assert_memory_equal(a, b, sizeof a);
	size_t zero = 0;
	assert_null(lstar_lfind(&k, a, &zero, sizeof *a, cmp_int));
}

/* How many distinct keys fit, counted the same way for both libraries. */
static int fill(int (*create)(size_t), ENTRY *(*search)(ENTRY, ACTION), void (*destroy)(void),
		size_t nel)
{
	static char names[200][8];
	int n = 0;
	assert_int_not_equal(create(nel), 0);
	for (; n < 200; n++) {
		snprintf(names[n], sizeof names[n], "k%d", n);
		ENTRY e = {names[n], (void *)(long)n};
		if (!search(e, ENTER))
			break;
	}
	for (int i = 0; i < n; i++) {
		ENTRY e = {names[i], NULL}, *f = search(e, FIND);
		assert_non_null(f);
		assert_int_equal((long)f->data, i);
	}
	destroy();
	return n;
}

static void test_hsearch(void **state)
{
	(void)state;
	size_t sizes[] = {0, 1, 3, 10, 24, 100};
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		int nl = fill(lstar_hcreate, lstar_hsearch, lstar_hdestroy, sizes[i]);
		int ng = fill(hcreate, hsearch, hdestroy, sizes[i]);
		assert_int_equal(nl, ng);
	}
	assert_int_not_equal(lstar_hcreate(4), 0);	/* 5 slots */
	assert_int_equal(lstar_hcreate(4), 0);		/* one table at a time */
	ENTRY e = {"a", (void *)1L}, *r;
	assert_non_null(lstar_hsearch(e, ENTER));
	e.data = (void *)2L;
	r = lstar_hsearch(e, ENTER);			/* existing: unchanged */
	assert_int_equal((long)r->data, 1);
	e.key = "zz";
	lstar_errno = 0;
	assert_null(lstar_hsearch(e, FIND));
	assert_int_equal(lstar_errno, ESRCH);
	const char *more[] = {"b", "c", "d", "e"};
	for (int i = 0; i < 4; i++) {
		ENTRY m = {(char *)more[i], NULL};
		assert_non_null(lstar_hsearch(m, ENTER));
	}
	lstar_errno = 0;
	assert_null(lstar_hsearch(e, ENTER));
	assert_int_equal(lstar_errno, ENOMEM);
	e.key = "c";
	assert_non_null(lstar_hsearch(e, ENTER));	/* present keys still found */
	lstar_hdestroy();

	struct hsearch_data h;
	memset(&h, 0, sizeof h);
	assert_int_not_equal(lstar_hcreate_r(50, &h), 0);
	assert_int_equal(h.size, 53);
	ENTRY x = {"x", (void *)7L};
	assert_int_not_equal(lstar_hsearch_r(x, ENTER, &r, &h), 0);
	assert_int_equal(h.filled, 1);
	x.data = NULL;
	assert_int_not_equal(lstar_hsearch_r(x, FIND, &r, &h), 0);
	assert_int_equal((long)r->data, 7);
	lstar_hdestroy_r(&h);
	assert_null(h.table);
}

struct q { struct q *next, *prev; int v; };

static void test_insque_remque(void **state)
{
	(void)state;
	struct q a = {.v = 1}, b = {.v = 2}, c = {.v = 3};
	lstar_insque(&a, NULL);
	assert_null(a.next);
	assert_null(a.prev);
	lstar_insque(&c, &a);
	lstar_insque(&b, &a);			/* a b c */
	assert_ptr_equal(a.next, &b);
	assert_ptr_equal(b.next, &c);
	assert_ptr_equal(c.prev, &b);
	assert_ptr_equal(b.prev, &a);
	assert_null(c.next);
	lstar_remque(&b);
	assert_ptr_equal(a.next, &c);
	assert_ptr_equal(c.prev, &a);
	lstar_remque(&a);
	assert_null(c.prev);
	/* circular lists work too (glibc's test case) */
	struct q x = {.v = 9};
	x.next = x.prev = &x;
	lstar_insque(&b, &x);
	assert_ptr_equal(x.next, &b);
	assert_ptr_equal(x.prev, &b);
	assert_ptr_equal(b.next, &x);
	lstar_remque(&b);
	assert_ptr_equal(x.next, &x);
	assert_ptr_equal(x.prev, &x);
}

int main(void)
{
	/* system("kill -TERM $$") must kill its shell: not with an inherited
	 * SIG_IGN for SIGTERM. */
	default_signals();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_system_status),
		cmocka_unit_test(test_system_signals),
		cmocka_unit_test(test_popen_read_write),
		cmocka_unit_test(test_popen_modes),
		cmocka_unit_test(test_popen_closes_earlier_streams),
		cmocka_unit_test(test_nftw_vs_glibc),
		cmocka_unit_test(test_nftw_unreadable),
		cmocka_unit_test(test_glob_vs_glibc),
		cmocka_unit_test(test_glob_flags),
		cmocka_unit_test(test_strptime_vs_glibc),
		cmocka_unit_test(test_itimer),
		cmocka_unit_test(test_memory_calls),
		cmocka_unit_test(test_confstr),
		cmocka_unit_test(test_rawmemchr),
		cmocka_unit_test(test_getpass_pty),
		cmocka_unit_test(test_tsearch),
		cmocka_unit_test(test_tsearch_vs_glibc),
		cmocka_unit_test(test_lfind_lsearch),
		cmocka_unit_test(test_hsearch),
		cmocka_unit_test(test_insque_remque),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
