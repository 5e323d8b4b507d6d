/*
 * A small coreutils-style tool that uses libgen, err, fnmatch, pwd/grp,
 * sys/file and termios together.  Built twice, with lstar-cc and with the
 * host's gcc and glibc; compare.py runs both on the same arguments and
 * requires the same stdout, stderr and exit status.
 *   posixtool match PATTERN PATH...   dirname, basename, fnmatch per path
 *   posixtool user NAME|UID...        passwd entries
 *   posixtool group NAME|GID...       group entries and members
 *   posixtool stat PATH...            warn() for what cannot be stat'ed
 *   posixtool lock PATH               flock from two open file descriptions
 *   posixtool tty                     tcgetattr on stdin
 */
#define _GNU_SOURCE
#include <string.h>	/* the GNU basename... */
#include <libgen.h>	/* ...which <libgen.h> replaces by the POSIX one */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

static int match(int argc, char **argv)
{
	if (argc < 2)
		errx(2, "match: need a pattern and paths");
	for (int i = 1; i < argc; i++) {
		char d[256], b[256];
		snprintf(d, sizeof d, "%s", argv[i]);
		snprintf(b, sizeof b, "%s", argv[i]);
		const char *base = basename(b);
		int r = fnmatch(argv[0], base, FNM_PERIOD);
		printf("%s: dir=%s base=%s %s\n", argv[i], dirname(d), base,
			r == 0 ? "match" : "no");
	}
	return 0;
}

static int is_number(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

static int user(int argc, char **argv)
{
	int bad = 0;
	for (int i = 0; i < argc; i++) {
		errno = 0;
		struct passwd *pw = is_number(argv[i]) ? getpwuid((uid_t)strtoul(argv[i], 0, 10))
			: getpwnam(argv[i]);
		if (!pw) {
			warnx("%s: no such user", argv[i]);
			bad = 1;
			continue;
		}
		printf("%s uid=%u gid=%u home=%s shell=%s\n", pw->pw_name,
			(unsigned)pw->pw_uid, (unsigned)pw->pw_gid, pw->pw_dir, pw->pw_shell);
		char buf[16];
		struct passwd out, *res;
		if (getpwnam_r(pw->pw_name, &out, buf, sizeof buf, &res) == ERANGE)
			printf("  (needs more than %zu bytes)\n", sizeof buf);
	}
	return bad;
}

static int group(int argc, char **argv)
{
	int bad = 0;
	for (int i = 0; i < argc; i++) {
		struct group *gr = is_number(argv[i]) ? getgrgid((gid_t)strtoul(argv[i], 0, 10))
			: getgrnam(argv[i]);
		if (!gr) {
			warnx("%s: no such group", argv[i]);
			bad = 1;
			continue;
		}
		printf("%s gid=%u members:", gr->gr_name, (unsigned)gr->gr_gid);
		for (char **m = gr->gr_mem; *m; m++)
			printf(" %s", *m);
		printf("\n");
	}
	return bad;
}

static int stat_paths(int argc, char **argv)
{
	int bad = 0;
	for (int i = 0; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st)) {
			warn("%s", argv[i]);
			bad = 1;
		} else {
			printf("%s: %s\n", argv[i], S_ISDIR(st.st_mode) ? "directory" : "not a directory");
		}
	}
	return bad;
}

static int lock(int argc, char **argv)
{
	if (argc != 1)
		errx(2, "lock: one path");
	int a = open(argv[0], O_RDONLY), b = open(argv[0], O_RDONLY);
	if (a < 0 || b < 0)
		err(1, "%s", argv[0]);
	if (flock(a, LOCK_EX))
		err(1, "flock");
	if (flock(b, LOCK_EX | LOCK_NB) == 0)
		errx(1, "second exclusive lock granted");
	warn("second lock");
	flock(a, LOCK_UN);
	printf("after unlock: %d\n", flock(b, LOCK_SH | LOCK_NB));
	return 0;
}

static int tty(void)
{
	struct termios t;
	if (tcgetattr(0, &t))
		err(3, "stdin");
	printf("a terminal\n");
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		errx(2, "usage: %s match|user|group|stat|lock|tty ...", program_invocation_short_name);
	const char *cmd = argv[1];
	argc -= 2;
	argv += 2;
	if (!strcmp(cmd, "match"))
		return match(argc, argv);
	if (!strcmp(cmd, "user"))
		return user(argc, argv);
	if (!strcmp(cmd, "group"))
		return group(argc, argv);
	if (!strcmp(cmd, "stat"))
		return stat_paths(argc, argv);
	if (!strcmp(cmd, "lock"))
		return lock(argc, argv);
	if (!strcmp(cmd, "tty"))
		return tty();
	errx(2, "%s: unknown command", cmd);
}
