#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include "syscall.h"

/*
 * Who logged in: the kernel's audit login uid (/proc/self/loginuid, set
 * by pam_loginuid at login and inherited by every descendant, unchanged
 * by su or setuid), named through /etc/passwd.  This is what glibc does
 * first; glibc then falls back to utmp for the terminal on stdin when the
 * file cannot be read at all, which lstar does not (no utmp: it is
 * optional on current systems and absent here).  LOGNAME is deliberately
 * not consulted: any process can set it, and getlogin exists to answer
 * who logged in, not what the environment claims (glibc and musl differ
 * here; musl returns getenv("LOGNAME")).
 *
 * Errors: ENXIO when no login name is known (loginuid unreadable, unset
 * (4294967295, as for daemons and containers), or not in /etc/passwd),
 * as glibc answers for an unset loginuid; ERANGE when size is too small;
 * EMFILE/ENFILE from open.  NSS sources other than /etc/passwd (LDAP,
 * systemd's dynamic users) are not consulted: lstar has no NSS.
 */

static long open_ro(const char *path)
{
	return sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
}

static int open_error(long fd)
{
	return fd == -EMFILE || fd == -ENFILE ? (int)-fd : ENXIO;
}

/* The login uid, or -errno. */
static long login_uid(void)
{
	long fd = open_ro("/proc/self/loginuid");
	if (fd < 0)
		return -open_error(fd);
	char buf[16];
	long n = sys_read((int)fd, buf, sizeof buf);
	sys_close((int)fd);
	if (n <= 0 || n >= (long)sizeof buf)
		return -ENXIO;
	unsigned long uid = 0;
	for (long i = 0; i < n; i++) {
		if (buf[i] < '0' || buf[i] > '9' || uid > 0xffffffffUL / 10)
			return -ENXIO;
		uid = uid * 10 + (unsigned long)(buf[i] - '0');
	}
	if (uid >= 0xffffffffUL)	/* (uid_t)-1: no login uid */
		return -ENXIO;
	return (long)uid;
}

/* A streaming parse of /etc/passwd lines "name:password:uid:...": the
 * first line whose uid field is exactly uid gives the name. */
struct pw_scan {
	unsigned long uid, want;
	size_t nlen;
	int field, bad;	/* bad: this line cannot match */
	char name[LOGIN_NAME_MAX + 1];
};

/* Feed one byte; returns 1 once the wanted line's uid field is complete. */
static int pw_byte(struct pw_scan *s, char c)
{
	if (c == '\n') {
		s->field = s->bad = 0;
		s->nlen = 0;
		s->uid = 0;
		return 0;
	}
	if (s->bad)
		return 0;
	if (c == ':') {
		if (++s->field == 3)
			return s->nlen && s->uid == s->want ? 1 : (s->bad = 1, 0);
		return 0;
	}
	if (s->field == 0) {
		if (s->nlen < LOGIN_NAME_MAX)
			s->name[s->nlen++] = c;
		else
			s->bad = 1;
	} else if (s->field == 2) {
		if (c < '0' || c > '9' || s->uid > 0xffffffffUL / 10)
			s->bad = 1;
		else
			s->uid = s->uid * 10 + (unsigned long)(c - '0');
	}
	return 0;
}

int getlogin_r(char *name, size_t size)
{
	long uid = login_uid();
	if (uid < 0)
		return (int)-uid;
	long fd = open_ro("/etc/passwd");
	if (fd < 0)
		return open_error(fd);
	struct pw_scan s = { .want = (unsigned long)uid };
	char buf[512];
	int found = 0;
	long n;
	while (!found && (n = sys_read((int)fd, buf, sizeof buf)) > 0)
		for (long i = 0; i < n && !found; i++)
			found = pw_byte(&s, buf[i]);
	sys_close((int)fd);
	if (!found)
		return ENXIO;
	if (s.nlen + 1 > size)
		return ERANGE;
	memcpy(name, s.name, s.nlen);
	name[s.nlen] = 0;
	return 0;
}
