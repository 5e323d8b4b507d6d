/* pwd.h and grp.h against glibc: every entry of the real /etc/passwd and
 * /etc/group by name and by id (plain and _r, all buffer sizes), the
 * enumeration, and the parser on crafted files with comments, blanks,
 * missing and malformed fields, NIS markers and odd member lists. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "posix_api.h"

static int str_eq(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static void same_pw(const struct passwd *l, const struct passwd *g, const char *what)
{
	if (!l || !g) {
		if (l != g)
			fail_msg("%s: lstar %p glibc %p", what, (void *)l, (void *)g);
		return;
	}
	if (!str_eq(l->pw_name, g->pw_name) || !str_eq(l->pw_passwd, g->pw_passwd) ||
	    l->pw_uid != g->pw_uid || l->pw_gid != g->pw_gid || !str_eq(l->pw_gecos, g->pw_gecos) ||
	    !str_eq(l->pw_dir, g->pw_dir) || !str_eq(l->pw_shell, g->pw_shell))
		fail_msg("%s: lstar %s:%u:%u:%s:%s glibc %s:%u:%u:%s:%s", what,
			l->pw_name, l->pw_uid, l->pw_gid, l->pw_dir ? l->pw_dir : "(null)", l->pw_shell ? l->pw_shell : "(null)",
			g->pw_name, g->pw_uid, g->pw_gid, g->pw_dir ? g->pw_dir : "(null)", g->pw_shell ? g->pw_shell : "(null)");
}

static void same_gr(const struct group *l, const struct group *g, const char *what)
{
	if (!l || !g) {
		if (l != g)
			fail_msg("%s: lstar %p glibc %p", what, (void *)l, (void *)g);
		return;
	}
	if (!str_eq(l->gr_name, g->gr_name) || !str_eq(l->gr_passwd, g->gr_passwd) || l->gr_gid != g->gr_gid)
		fail_msg("%s: lstar %s:%u glibc %s:%u", what, l->gr_name, l->gr_gid, g->gr_name, g->gr_gid);
	size_t i = 0;
	for (; l->gr_mem[i] && g->gr_mem[i]; i++)
		if (strcmp(l->gr_mem[i], g->gr_mem[i]))
			fail_msg("%s: member %zu: lstar '%s' glibc '%s'", what, i, l->gr_mem[i], g->gr_mem[i]);
	if (l->gr_mem[i] || g->gr_mem[i])
		fail_msg("%s: %s member list longer", what, l->gr_mem[i] ? "lstar's" : "glibc's");
}

/* The entries as glibc's parser reads the file itself (no NSS modules). */
static struct passwd pws[256];
static struct group grs[256];
static size_t npw, ngr;

static int load(void **state)
{
	(void)state;
	FILE *f = fopen("/etc/passwd", "r");
	struct passwd *p;
	while (f && npw < 256 && (p = fgetpwent(f))) {
		pws[npw] = *p;
		pws[npw].pw_name = strdup(p->pw_name);
		pws[npw].pw_passwd = strdup(p->pw_passwd);
		pws[npw].pw_gecos = strdup(p->pw_gecos);
		pws[npw].pw_dir = strdup(p->pw_dir);
		pws[npw].pw_shell = strdup(p->pw_shell);
		npw++;
	}
	if (f)
		fclose(f);
	f = fopen("/etc/group", "r");
	struct group *g;
	while (f && ngr < 256 && (g = fgetgrent(f))) {
		grs[ngr] = *g;
		grs[ngr].gr_name = strdup(g->gr_name);
		grs[ngr].gr_passwd = strdup(g->gr_passwd);
		size_t n = 0;
		while (g->gr_mem[n])
			n++;
		grs[ngr].gr_mem = calloc(n + 1, sizeof(char *));
		for (size_t i = 0; i < n; i++)
			grs[ngr].gr_mem[i] = strdup(g->gr_mem[i]);
		ngr++;
	}
	if (f)
		fclose(f);
	return npw && ngr ? 0 : -1;
}

static void test_passwd_lookups(void **state)
{
	(void)state;
	char buf[4096], name[64];
	for (size_t i = 0; i < npw; i++) {
		snprintf(name, sizeof name, "getpwnam(%s)", pws[i].pw_name);
		same_pw(lstar_getpwnam(pws[i].pw_name), getpwnam(pws[i].pw_name), name);
		snprintf(name, sizeof name, "getpwuid(%u)", pws[i].pw_uid);
		same_pw(lstar_getpwuid(pws[i].pw_uid), getpwuid(pws[i].pw_uid), name);

		struct passwd out, *res = &out;
		int ok_from = -1;
		for (size_t size = 0; size < 300; size++) {
			memset(buf, 0x7f, sizeof buf);
			int r = lstar_getpwnam_r(pws[i].pw_name, &out, buf, size, &res);
			if (r == ERANGE) {
				assert_null(res);
				assert_int_equal(ok_from, -1);
				assert_int_equal((unsigned char)buf[size], 0x7f);
				continue;
			}
			assert_int_equal(r, 0);
			assert_ptr_equal(res, &out);
			if (ok_from < 0)
				ok_from = (int)size;
			assert_true(out.pw_name >= buf && out.pw_shell < buf + size);
			same_pw(&out, getpwnam(pws[i].pw_name), "getpwnam_r");
		}
		assert_true(ok_from > 0);
		assert_int_equal(lstar_getpwuid_r(pws[i].pw_uid, &out, buf, sizeof buf, &res), 0);
		same_pw(res, getpwuid(pws[i].pw_uid), "getpwuid_r");
	}

	struct passwd out, *res = &out;
	lstar_errno = 1234;
	assert_null(lstar_getpwnam("no-such-user-lstar"));
	assert_null(lstar_getpwuid(3999999999u));
	assert_null(lstar_getpwnam(NULL));
	assert_int_equal(lstar_errno, 1234);
	assert_int_equal(lstar_getpwnam_r("no-such-user-lstar", &out, buf, sizeof buf, &res), 0);
	assert_null(res);
	res = &out;
	assert_int_equal(lstar_getpwuid_r(3999999999u, &out, buf, sizeof buf, &res), 0);
	assert_null(res);
	assert_int_equal(lstar_errno, 1234);
}

static void test_group_lookups(void **state)
{
	(void)state;
	char buf[8192], name[64];
	for (size_t i = 0; i < ngr; i++) {
		snprintf(name, sizeof name, "getgrnam(%s)", grs[i].gr_name);
		same_gr(lstar_getgrnam(grs[i].gr_name), getgrnam(grs[i].gr_name), name);
		snprintf(name, sizeof name, "getgrgid(%u)", grs[i].gr_gid);
		same_gr(lstar_getgrgid(grs[i].gr_gid), getgrgid(grs[i].gr_gid), name);

		struct group out, *res = &out;
		int ok_from = -1;
		for (size_t size = 0; size < 400; size++) {
			/* An odd start: the member array must still be aligned. */
			char *b = buf + 1;
			int r = lstar_getgrnam_r(grs[i].gr_name, &out, b, size, &res);
			if (r == ERANGE) {
				assert_null(res);
				assert_int_equal(ok_from, -1);
				continue;
			}
			assert_int_equal(r, 0);
			if (ok_from < 0)
				ok_from = (int)size;
			assert_int_equal((uintptr_t)out.gr_mem % sizeof(char *), 0);
			assert_true((char *)out.gr_mem >= b && out.gr_name < b + size);
			same_gr(res, getgrnam(grs[i].gr_name), "getgrnam_r");
		}
		assert_true(ok_from > 0);
		assert_int_equal(lstar_getgrgid_r(grs[i].gr_gid, &out, buf, sizeof buf, &res), 0);
		same_gr(res, getgrgid(grs[i].gr_gid), "getgrgid_r");
	}
	struct group out, *res = &out;
	lstar_errno = 1234;
	assert_null(lstar_getgrnam("no-such-group-lstar"));
	assert_null(lstar_getgrgid(3999999999u));
	assert_int_equal(lstar_getgrgid_r(3999999999u, &out, buf, sizeof buf, &res), 0);
	assert_null(res);
	assert_int_equal(lstar_errno, 1234);
}

static void test_enumeration(void **state)
{
	(void)state;
	for (int round = 0; round < 2; round++) {
		size_t i = 0;
		struct passwd *p;
		lstar_errno = 0;
		while ((p = lstar_getpwent())) {
			assert_true(i < npw);
			same_pw(p, &pws[i], "getpwent");
			i++;
		}
		assert_int_equal(i, npw);
		assert_int_equal(lstar_errno, 0);
		lstar_setpwent();
	}
	lstar_endpwent();
	assert_non_null(lstar_getpwent());
	lstar_endpwent();

	size_t i = 0;
	struct group *g;
	while ((g = lstar_getgrent()))
		same_gr(g, &grs[i++], "getgrent");
	assert_int_equal(i, ngr);
	lstar_setgrent();
	assert_non_null(lstar_getgrent());
	lstar_endgrent();
}

static const char pw_lines[] =
	"root:x:0:0:root:/root:/bin/bash\n"
	"# a comment\n"
	"\n"
	"   \t\n"
	"  spaced:x:5:6:g:/h:/s\n"
	"short:x:7:8\n"
	"shorter:x:7\n"
	"noid:x::8:g:/h:/s\n"
	"badid:x:12a:8:g:/h:/s\n"
	"neg:x:-1:-2:g:/h:/s\n"
	"plus:x:+3: 4:g:/h:/s\n"
	"huge:x:99999999999:4294967296:g:/h:/s\n"
	"extra:x:1:2:g:/h:/s:more:fields\n"
	"emptyname::1:2:::\n"
	":x:3:4:g:/h:/s\n"
	"+\n"
	"+nis\n"
	"-gone::::::\n"
	"+half:x:::g:/h:/s\n"
	"-bad:x:z::g:/h:/s\n"
	"crlf:x:1:1:g:/h:/s\r\n"
	"tab:x:\t9:9:g:/h:/s\n"
	"last:x:10:10:no newline:/h:/s";

static const char gr_lines[] =
	"root:x:0:\n"
	"# comment\n"
	"\n"
	"users:x:100:a,b,c\n"
	"spaces:x:101: a , b ,c \n"
	"empties:x:102:,,a,,b,\n"
	"onlycomma:x:103:,\n"
	"nomem:x:104\n"
	"bad:x:1x:a\n"
	"nogid:x::a\n"
	"+\n"
	"+nis::\n"
	"-x:y::a\n"
	"many:x:105:m0,m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,"
	"m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38,m39\n"
	"last:x:106:z";

static char path[32];

static void write_file(const char *text)
{
	strcpy(path, "/tmp/lstar-pwd-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static void test_parser_passwd(void **state)
{
	(void)state;
	write_file(pw_lines);
	FILE *g = fopen(path, "r");
	void *l = lstar_fopen(path, "r");
	size_t n = 0;
	for (;;) {
		errno = lstar_errno = 0;
		struct passwd *gp = fgetpwent(g), *lp = lstar_fgetpwent(l);
		same_pw(lp, gp, "fgetpwent");
		if (!gp) {
			assert_int_equal(lstar_errno, errno);
			break;
		}
		n++;
	}
	assert_true(n > 10);
	fclose(g);
	lstar_fclose(l);

	/* fgetpwent_r: a short buffer is ERANGE and the retry reads the same
	 * entry; the end is ENOENT. */
	l = lstar_fopen(path, "r");
	g = fopen(path, "r");
	char buf[512], small[8];
	struct passwd out, *res, *gp;
	while ((gp = fgetpwent(g))) {
		res = &out;
		int r = lstar_fgetpwent_r(l, &out, small, sizeof small, &res);
		if (r == 0) {
			same_pw(res, gp, "fgetpwent_r (small)");
			continue;
		}
		assert_int_equal(r, ERANGE);
		assert_null(res);
		assert_int_equal(lstar_fgetpwent_r(l, &out, buf, sizeof buf, &res), 0);
		same_pw(res, gp, "fgetpwent_r");
	}
	assert_int_equal(lstar_fgetpwent_r(l, &out, buf, sizeof buf, &res), ENOENT);
	assert_null(res);
	fclose(g);
	lstar_fclose(l);
	unlink(path);
}

static void test_parser_group(void **state)
{
	(void)state;
	write_file(gr_lines);
	FILE *g = fopen(path, "r");
	void *l = lstar_fopen(path, "r");
	size_t n = 0;
	for (;;) {
		errno = lstar_errno = 0;
		struct group *gp = fgetgrent(g), *lp = lstar_fgetgrent(l);
		same_gr(lp, gp, "fgetgrent");
		if (!gp) {
			assert_int_equal(lstar_errno, errno);
			break;
		}
		n++;
	}
	assert_true(n > 8);
	fclose(g);
	lstar_fclose(l);

	l = lstar_fopen(path, "r");
	g = fopen(path, "r");
	char buf[1024], small[24];
	struct group out, *res, *gp;
	while ((gp = fgetgrent(g))) {
		int r = lstar_fgetgrent_r(l, &out, small, sizeof small, &res);
		if (r == 0) {
			same_gr(res, gp, "fgetgrent_r (small)");
			continue;
		}
		assert_int_equal(r, ERANGE);
		assert_int_equal(lstar_fgetgrent_r(l, &out, buf, sizeof buf, &res), 0);
		same_gr(res, gp, "fgetgrent_r");
	}
	assert_int_equal(lstar_fgetgrent_r(l, &out, buf, sizeof buf, &res), ENOENT);
	fclose(g);
	lstar_fclose(l);
	unlink(path);
}

static void test_getgroups(void **state)
{
	(void)state;
	gid_t a[256], b[256];
	int n = getgroups(256, a);
	assert_int_equal(lstar_getgroups(256, b), n);
	assert_memory_equal(a, b, (size_t)n * sizeof *a);
	assert_int_equal(lstar_getgroups(0, NULL), n);
}

/* Every user with its primary group and with another one, at every
 * buffer size up to the full count: contents, result and *ngroups. */
static void test_getgrouplist(void **state)
{
	(void)state;
	for (size_t i = 0; i < npw; i++) {
		for (int k = 0; k < 2; k++) {
			gid_t base = k ? 4242 : pws[i].pw_gid;
			gid_t g[64], l[64];
			int gn = 64, ln = 64;
			int gr = getgrouplist(pws[i].pw_name, base, g, &gn);
			assert_int_equal(lstar_getgrouplist(pws[i].pw_name, base, l, &ln), gr);
			assert_int_equal(ln, gn);
			assert_memory_equal(l, g, (size_t)gn * sizeof *g);
			for (int room = 0; room <= gn; room++) {
				gid_t gs[64], ls[64];
				memset(gs, 0xee, sizeof gs);
				memset(ls, 0xee, sizeof ls);
				gn = ln = room;
				gr = getgrouplist(pws[i].pw_name, base, gs, &gn);
				assert_int_equal(lstar_getgrouplist(pws[i].pw_name, base, ls, &ln), gr);
				assert_int_equal(ln, gn);
				assert_memory_equal(ls, gs, sizeof gs);
			}
		}
	}
	gid_t l[4];
	int n = 4;
	assert_int_equal(lstar_getgrouplist("no-such-user-lstar", 7, l, &n), 1);
	assert_int_equal(l[0], 7);
}

/* In a child: lstar's initgroups and setgroups give what glibc's give
 * (the groups getgroups reports afterwards, or the same errno when not
 * privileged). */
static void test_initgroups(void **state)
{
	(void)state;
	pid_t pid = fork();
	if (pid == 0) {
		gid_t want[64], got[64];
		int code = 10;
		for (size_t i = 0; i < npw; i++, code = 10) {
			errno = lstar_errno = 0;
			int g = initgroups(pws[i].pw_name, pws[i].pw_gid);
			int ng = getgroups(64, want), ge = errno;
			if (lstar_setgroups(0, NULL) != setgroups(0, NULL))
				_exit(code);
			code++;
			int l = lstar_initgroups(pws[i].pw_name, pws[i].pw_gid);
			int nl = getgroups(64, got);
			if (l != g || (g && lstar_errno != ge) || nl != ng ||
			    memcmp(want, got, (size_t)ng * sizeof *want))
				_exit(code);
		}
		code = 20;
		gid_t three[3] = { 5, 6, 7 };
		errno = lstar_errno = 0;
		int g = setgroups(3, three), ge = errno;
		int l = lstar_setgroups(3, three);
		if (l != g || lstar_errno != ge || (!l && (getgroups(64, got) != 3 || got[2] != 7)))
			_exit(code);
		_exit(0);
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_passwd_lookups),
		cmocka_unit_test(test_group_lookups),
		cmocka_unit_test(test_enumeration),
		cmocka_unit_test(test_parser_passwd),
		cmocka_unit_test(test_parser_group),
		cmocka_unit_test(test_getgroups),
		cmocka_unit_test(test_getgrouplist),
		cmocka_unit_test(test_initgroups),
	};
	return cmocka_run_group_tests(tests, load, NULL);
}
