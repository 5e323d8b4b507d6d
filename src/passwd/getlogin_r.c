#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "pwd_impl.h"
#include "syscall.h"

/*
 * Who logged in: the kernel's audit login uid (/proc/self/loginuid, set
 * by pam_loginuid at login and inherited by every descendant, unchanged
 * by su or setuid), named through /etc/passwd (as getpwuid reads it).  This is what glibc does
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

int getlogin_r(char *name, size_t size)
{
	long uid = login_uid();
	if (uid < 0)
		return (int)-uid;
	/* The name through the same /etc/passwd reader as getpwuid. */
	struct __lstar_pwline b = { 0 };
	int e = errno;
	int found = __lstar_pwfind(NULL, (uid_t)uid, &b);
	int r = found < 0 ? open_error(-errno) : !found ? ENXIO : 0;
	if (!r) {
		size_t n = strlen(b.pw.pw_name);
		if (n + 1 > size)
			r = ERANGE;
		else
			memcpy(name, b.pw.pw_name, n + 1);
	}
	free(b.line);
	errno = e;
	return r;
}
