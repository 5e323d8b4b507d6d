/*
 * The syscall trace and its strace-style printer.  Which argument is a
 * path, a buffer, a flag set... comes from the generated table's type
 * strings (src/arch/x86_64/syscall_args.tbl), so the printer knows nothing
 * about individual calls beyond a few strace conventions noted below.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include "kernel.h"

#define TRACE_MAX 16384	/* calls kept per reset; later ones are not recorded */
#define STRSIZE 32		/* strace's default -s */

static struct lstar_model_syscall trace[TRACE_MAX];
static size_t trace_len;

void __lstar_model_trace_reset(void)
{
	trace_len = 0;
}

struct sb {
	char *p;
	size_t cap, len;
};

static void put(struct sb *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++, b->len++)
		if (b->len + 1 < b->cap)
			b->p[b->len] = s[i];
	if (b->cap)
		b->p[b->len + 1 < b->cap ? b->len : b->cap - 1] = 0;
}

static void puts_(struct sb *b, const char *s)
{
	put(b, s, strlen(s));
}

static void putnum(struct sb *b, unsigned long v, unsigned base, int neg)
{
	char tmp[24], *p = tmp + sizeof tmp;
	do *--p = "0123456789abcdef"[v % base]; while (v /= base);
	if (base == 16) {
		*--p = 'x';
		*--p = '0';
	} else if (base == 8) {
		*--p = '0';
	}
	if (neg)
		*--p = '-';
	put(b, p, (size_t)(tmp + sizeof tmp - p));
}

static void putd(struct sb *b, long v)
{
	putnum(b, v < 0 ? -(unsigned long)v : (unsigned long)v, 10, v < 0);
}

static void putx(struct sb *b, unsigned long v)
{
	if (v)
		putnum(b, v, 16, 0);
	else
		puts_(b, "0");
}

static void putptr(struct sb *b, unsigned long v)
{
	if (v)
		putnum(b, v, 16, 0);
	else
		puts_(b, "NULL");
}

/* strace's quoting: C escapes, octal for the rest, "..." past max. */
static void putstr(struct sb *b, const unsigned char *s, size_t n, size_t max, int nul_term)
{
	if (!s) {
		puts_(b, "NULL");
		return;
	}
	if (nul_term)
		for (n = 0; n < max + 1 && s[n]; n++)
			;
	size_t shown = n < max ? n : max;
	put(b, "\"", 1);
	for (size_t i = 0; i < shown; i++) {
		unsigned char c = s[i];
		const char *esc = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" :
				  c == '\v' ? "\\v" : c == '\f' ? "\\f" : c == '"' ? "\\\"" :
				  c == '\\' ? "\\\\" : NULL;
		if (esc) {
			puts_(b, esc);
		} else if (c >= 0x20 && c < 0x7f) {
			put(b, (const char *)&c, 1);
		} else {
			/* Short octal unless the next byte is a digit it would absorb. */
			int full = i + 1 < shown && s[i + 1] >= '0' && s[i + 1] <= '7';
			char o[5] = { '\\', (char)('0' + (c >> 6)), (char)('0' + ((c >> 3) & 7)),
				      (char)('0' + (c & 7)), 0 };
			if (full || c >= 0100)
				puts_(b, o);
			else if (c >= 010)
				put(b, (char[]){ '\\', o[2], o[3] }, 3);
			else
				put(b, (char[]){ '\\', o[3] }, 2);
		}
	}
	put(b, "\"", 1);
	if (n > max)
		puts_(b, "...");
}

struct flag {
	unsigned long bit;
	const char *name;
};

static void putflags(struct sb *b, unsigned long v, const struct flag *t, const char *zero)
{
	int any = 0;
	for (; t->name; t++) {
		if ((v & t->bit) == t->bit && t->bit) {
			if (any)
				put(b, "|", 1);
			puts_(b, t->name);
			v &= ~t->bit;
			any = 1;
		}
	}
	if (v || !any) {
		if (any)
			put(b, "|", 1);
		if (v || !zero)
			putx(b, v);
		else
			puts_(b, zero);
	}
}

static const struct flag open_flags[] = {
	{ O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" }, { O_NOCTTY, "O_NOCTTY" },
	{ O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
	{ O_SYNC, "O_SYNC" }, { O_DSYNC, "O_DSYNC" }, { O_ASYNC, "O_ASYNC" },
	{ O_DIRECT, "O_DIRECT" }, { O_LARGEFILE, "O_LARGEFILE" },
	{ O_DIRECTORY, "O_DIRECTORY" }, { O_NOFOLLOW, "O_NOFOLLOW" },
	{ O_NOATIME, "O_NOATIME" }, { O_CLOEXEC, "O_CLOEXEC" }, { O_PATH, "O_PATH" },
	{ 0, NULL },
};
static const struct flag at_flags[] = {
	{ AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW" }, { AT_REMOVEDIR, "AT_REMOVEDIR" },
	{ AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW" }, { AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT" },
	{ AT_EMPTY_PATH, "AT_EMPTY_PATH" }, { 0, NULL },
};
static const struct flag prot_flags[] = {
	{ PROT_READ, "PROT_READ" }, { PROT_WRITE, "PROT_WRITE" }, { PROT_EXEC, "PROT_EXEC" },
	{ 0, NULL },
};
static const struct flag map_flags[] = {
	{ MAP_SHARED, "MAP_SHARED" }, { MAP_PRIVATE, "MAP_PRIVATE" }, { MAP_FIXED, "MAP_FIXED" },
	{ MAP_ANONYMOUS, "MAP_ANONYMOUS" }, { MAP_NORESERVE, "MAP_NORESERVE" },
	{ MAP_POPULATE, "MAP_POPULATE" }, { 0, NULL },
};

static void put_oflags(struct sb *b, unsigned long v, int with_access)
{
	if (with_access) {
		static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
		puts_(b, acc[v & O_ACCMODE]);
		v &= ~(unsigned long)O_ACCMODE;
		if (v)
			put(b, "|", 1);
		else
			return;
	}
	putflags(b, v, open_flags, "0");
}

static const char *const signames[] = {
	[1] = "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
	"SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",
	"SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
	"SIGIO", "SIGPWR", "SIGSYS",
};

static void put_named(struct sb *b, long v, const char *const *names, size_t n)
{
	if (v >= 0 && (size_t)v < n && names[v])
		puts_(b, names[v]);
	else
		putd(b, v);
}

static const char *ioctl_name(unsigned long r)
{
	switch (r) {
	case TCGETS: return "TCGETS";
	case TCSETS: return "TCSETS";
	case TIOCGWINSZ: return "TIOCGWINSZ";
	case TIOCSWINSZ: return "TIOCSWINSZ";
	case FIONREAD: return "FIONREAD";
	case FIONBIO: return "FIONBIO";
	}
	return NULL;
}

static const char *const fcntl_names[] = {
	"F_DUPFD", "F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "F_GETLK", "F_SETLK",
	"F_SETLKW", "F_SETOWN", "F_GETOWN",
};

static void put_timespec(struct sb *b, const struct timespec *ts)
{
	puts_(b, "{tv_sec=");
	putd(b, ts->tv_sec);
	puts_(b, ", tv_nsec=");
	putd(b, ts->tv_nsec);
	puts_(b, "}");
}

/*
 * The structures strace decodes, so traces hold no host addresses: stat
 * results, timespecs in and out.  Returns 0 to fall back to the address.
 */
static int put_struct(struct sb *b, const struct lstar_model_syscall *r, int i, int ok)
{
	const void *p = (const void *)r->args[i];
	long nr = r->nr;
	if (ok && (nr == __NR_fstat || nr == __NR_newfstatat || nr == __NR_stat ||
		   nr == __NR_lstat)) {
		const struct stat *st = p;
		static const char *const type[16] = { [1] = "S_IFIFO", [2] = "S_IFCHR",
			[4] = "S_IFDIR", [6] = "S_IFBLK", [8] = "S_IFREG", [10] = "S_IFLNK",
			[12] = "S_IFSOCK" };
		const char *t = type[(st->st_mode >> 12) & 15];
		puts_(b, "{st_mode=");
		puts_(b, t ? t : "0");
		put(b, "|", 1);
		putnum(b, st->st_mode & 07777, 8, 0);
		if (S_ISCHR(st->st_mode)) {
			puts_(b, ", st_rdev=makedev(");
			putd(b, (long)(st->st_rdev >> 8));
			puts_(b, ", ");
			putd(b, (long)(st->st_rdev & 0xff));
			puts_(b, ")");
		} else {
			puts_(b, ", st_size=");
			putd(b, st->st_size);
		}
		puts_(b, ", ...}");
		return 1;
	}
	if ((nr == __NR_clock_gettime && ok) || (nr == __NR_nanosleep && i == 0)) {
		put_timespec(b, p);
		return 1;
	}
	return 0;
}

/* Print one argument; returns 0 when strace would omit it (and the rest). */
static int put_arg(struct sb *b, const char *type, size_t tlen, const struct lstar_model_syscall *r,
		   int i, int *oflags_seen)
{
	unsigned long v = (unsigned long)r->args[i];
	long ret = r->ret;
	int ok = r->returned && (unsigned long)ret < -4095UL;
#define IS(t) (tlen == sizeof t - 1 && memcmp(type, t, tlen) == 0)
	if (IS("fd") || IS("int"))
		putd(b, (int)v);
	else if (IS("atfd"))
		(int)v == AT_FDCWD ? puts_(b, "AT_FDCWD") : putd(b, (int)v);
	else if (IS("uint"))
		putd(b, (unsigned int)v);
	else if (IS("long"))
		putd(b, (long)v);
	else if (IS("ulong") || IS("size"))
		putnum(b, v, 10, 0);
	else if (IS("path"))
		putstr(b, (const unsigned char *)v, 0, PATH_MAX, 1);
	else if (IS("wbuf"))
		putstr(b, (const unsigned char *)v, (size_t)r->args[i + 1], STRSIZE, 0);
	else if (IS("rbuf"))
		ok ? putstr(b, (const unsigned char *)v, (size_t)ret, STRSIZE, 0) : puts_(b, "...");
	else if (IS("oflags")) {
		/* open's flags carry the access mode; pipe2's and dup3's do not.
		 * The mode that follows is printed only when it is used. */
		int is_open = r->nr == __NR_open || r->nr == __NR_openat;
		put_oflags(b, v, is_open);
		*oflags_seen = is_open ? (int)(v & (O_CREAT | O_TMPFILE)) + 1 : 0;
	} else if (IS("mode")) {
		if (*oflags_seen == 1)
			return 0;
		putnum(b, v & 07777, 8, 0);
		if ((v & 07777) == 0)
			puts_(b, "0");	/* strace's 000 */
	} else if (IS("whence")) {
		static const char *const w[] = { "SEEK_SET", "SEEK_CUR", "SEEK_END", "SEEK_DATA", "SEEK_HOLE" };
		put_named(b, (long)v, w, 5);
	} else if (IS("atflags"))
		putflags(b, v, at_flags, "0");
	else if (IS("signo"))
		put_named(b, (long)v, signames, sizeof signames / sizeof signames[0]);
	else if (IS("clockid")) {
		static const char *const c[] = { "CLOCK_REALTIME", "CLOCK_MONOTONIC",
			"CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW",
			"CLOCK_REALTIME_COARSE", "CLOCK_MONOTONIC_COARSE", "CLOCK_BOOTTIME" };
		put_named(b, (long)v, c, 8);
	} else if (IS("mprot"))
		putflags(b, v, prot_flags, "PROT_NONE");
	else if (IS("mflags"))
		putflags(b, v, map_flags, "0");
	else if (IS("ioctl")) {
		const char *n = ioctl_name(v);
		n ? puts_(b, n) : putx(b, v);
	} else if (IS("fcntl")) {
		if (v == F_DUPFD_CLOEXEC)
			puts_(b, "F_DUPFD_CLOEXEC");
		else
			put_named(b, (long)v, fcntl_names, 10);
		/* F_GETFD and F_GETFL take no argument: strace stops here. */
		if (v == F_GETFD || v == F_GETFL)
			return -1;
	} else if (IS("ptr") && ok && (r->nr == __NR_pipe2 || r->nr == __NR_pipe) && v) {
		const int *fds = (const int *)v;
		put(b, "[", 1);
		putd(b, fds[0]);
		puts_(b, ", ");
		putd(b, fds[1]);
		put(b, "]", 1);
	} else if (IS("ptr") && v && put_struct(b, r, i, ok)) {
		/* printed as strace decodes it */
	} else if (IS("ptr"))
		putptr(b, v);
	else
		putx(b, v);
#undef IS
	return 1;
}

static void put_ret(struct sb *b, const struct lstar_model_syscall *r)
{
	puts_(b, " = ");
	if (!r->returned) {
		puts_(b, "?");
		return;
	}
	long ret = r->ret;
	if ((unsigned long)ret > -4096UL) {
		const char *n = lstar_model_errno_name((int)-ret);
		puts_(b, "-1 ");
		n ? puts_(b, n) : putd(b, -ret);
		if (!r->injected) {
			puts_(b, " (");
			puts_(b, strerror((int)-ret));
			puts_(b, ")");
		}
	} else if (r->nr == __NR_mmap || r->nr == __NR_brk) {
		putx(b, (unsigned long)ret);
	} else {
		putd(b, ret);
	}
	if (r->injected)
		puts_(b, " (INJECTED)");
}

static void format(struct lstar_model_syscall *r)
{
	struct sb b = { r->line, sizeof r->line, 0 };
	const char *types = r->name ? __lstar_model_syscall_types[r->nr] : NULL;
	if (r->name) {
		puts_(&b, r->name);
	} else {
		puts_(&b, "syscall_");
		putx(&b, (unsigned long)r->raw_nr);
	}
	put(&b, "(", 1);
	if (!types) {
		for (int i = 0; i < 6; i++) {
			if (i)
				puts_(&b, ", ");
			putx(&b, (unsigned long)r->args[i]);
		}
	}
	int oflags_seen = 0;
	for (int i = 0; types && *types && i < 6; i++) {
		const char *end = strchr(types, ' ');
		size_t n = end ? (size_t)(end - types) : strlen(types);
		size_t mark = b.len;
		if (i)
			puts_(&b, ", ");
		int more = put_arg(&b, types, n, r, i, &oflags_seen);
		if (more == 0)
			b.len = mark;	/* drop the separator too */
		if (more <= 0)
			break;
		types = end ? end + 1 : "";
	}
	if (b.len < b.cap)
		b.p[b.len] = 0;
	put(&b, ")", 1);
	put_ret(&b, r);
}

struct lstar_model_syscall *__lstar_model_trace_enter(long raw, long nr, const long args[6])
{
	if (trace_len == TRACE_MAX)
		return NULL;
	struct lstar_model_syscall *r = &trace[trace_len++];
	memset(r, 0, sizeof *r);
	r->raw_nr = raw;
	r->nr = nr;
	r->name = nr >= 0 && nr <= __NR_syscall_max ? __lstar_model_syscall_names[nr] : NULL;
	memcpy(r->args, args, sizeof r->args);
	format(r);	/* exit and exit_group never come back: "= ?" */
	return r;
}

void __lstar_model_trace_exit(struct lstar_model_syscall *r, long ret, int injected)
{
	if (!r)
		return;
	r->ret = ret;
	r->returned = 1;
	r->injected = injected;
	format(r);
}

/* A line of the tracer's own, like strace's "+++ exited with 0 +++". */
void __lstar_model_trace_note(const char *text)
{
	if (trace_len == TRACE_MAX)
		return;
	struct lstar_model_syscall *r = &trace[trace_len++];
	memset(r, 0, sizeof *r);
	r->nr = r->raw_nr = -1;
	r->returned = 1;
	struct sb b = { r->line, sizeof r->line, 0 };
	puts_(&b, text);
}

void lstar_model_mark(const char *label)
{
	char text[LSTAR_MODEL_LINE];
	struct sb b = { text, sizeof text, 0 };
	puts_(&b, "--- ");
	puts_(&b, label ? label : "");
	puts_(&b, " ---");
	__lstar_model_trace_note(text);
}

size_t lstar_model_trace_count(void)
{
	return trace_len;
}

const struct lstar_model_syscall *lstar_model_trace_get(size_t i)
{
	return i < trace_len ? &trace[i] : NULL;
}

void lstar_model_trace_clear(void)
{
	trace_len = 0;
}

size_t lstar_model_trace_format(char *buf, size_t size)
{
	struct sb b = { buf, size, 0 };
	if (size)
		buf[0] = 0;
	for (size_t i = 0; i < trace_len; i++) {
		puts_(&b, trace[i].line);
		put(&b, "\n", 1);
	}
	return b.len;
}
