#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/*
 * glob(3) over one path component at a time: a component without
 * wildcards is appended as it is (unescaped), one with wildcards is
 * matched against the directory's entries.  Whether a path exists is
 * checked only where no directory listing vouched for it (a literal last
 * component, a trailing slash).
 *
 * A component is matched with fnmatch (without FNM_PERIOD: glob applies
 * its own leading-period rule, which also governs "." and "..").
 */

static int has_magic(const char *p, const char *end, int noescape)
{
	for (; p < end; p++) {
		if (*p == '*' || *p == '?' || *p == '[')
			return 1;
		if (*p == '\\' && !noescape && p + 1 < end)
			p++;
	}
	return 0;
}

struct found {
	char **v;
	size_t n, cap;
};

static int keep(struct found *o, const char *path, int mark)
{
	if (o->n == o->cap) {
		size_t cap = o->cap ? 2 * o->cap : 16;
		char **v = realloc(o->v, cap * sizeof *v);
		if (!v)
			return GLOB_NOSPACE;
		o->v = v;
		o->cap = cap;
	}
	size_t len = strlen(path);
	struct stat st;
	int slash = mark && len && path[len - 1] != '/' && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	char *s = malloc(len + slash + 1);
	if (!s)
		return GLOB_NOSPACE;
	memcpy(s, path, len);
	if (slash)
		s[len++] = '/';
	s[len] = 0;
	o->v[o->n++] = s;
	return 0;
}

struct ctx {
	char buf[PATH_MAX];
	int flags;
	int (*errfunc)(const char *, int);
	struct found out;
};

static int expand(struct ctx *c, size_t len, const char *pat, int listed);

/* Append the literal component [p, end), unescaped. */
static int literal(struct ctx *c, size_t len, const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == '\\' && !(c->flags & GLOB_NOESCAPE) && p + 1 < end)
			p++;
		if (len + 1 >= sizeof c->buf)
			return 0;	/* no such path can exist */
		c->buf[len++] = *p;
	}
	c->buf[len] = 0;
	return expand(c, len, end, 0);
}

/* end is "/", "//"...: the pattern ends in slashes */
static int lone_slash(const char *end)
{
	while (*end == '/')
		end++;
	return !*end;
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int listing(struct ctx *c, size_t len, const char *p, const char *end)
{
	/* the directory is named without its trailing slashes (errfunc sees
	 * what glibc passes), "/" stays */
	size_t dlen = len;
	while (dlen > 1 && c->buf[dlen - 1] == '/')
		dlen--;
	char saved = c->buf[dlen];
	c->buf[dlen] = 0;
	const char *dname = len ? c->buf : ".";
	DIR *d = opendir(dname);
	if (!d) {
		int abort = errno != ENOTDIR && ((c->errfunc && c->errfunc(dname, errno)) ||
						 (c->flags & GLOB_ERR));
		c->buf[dlen] = saved;
		return abort ? GLOB_ABORTED : 0;
	}
	c->buf[dlen] = saved;
	/* fnmatch wants the component on its own, NUL-terminated; no name
	 * could match a component longer than a path */
	char comp[PATH_MAX];
	size_t clen = (size_t)(end - p);
	if (clen >= sizeof comp) {
		closedir(d);
		return 0;
	}
	memcpy(comp, p, clen);
	comp[clen] = 0;
	int r = 0, fnflags = c->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0;
	int dot_ok = *p == '.' || (c->flags & GLOB_PERIOD);
	struct dirent *e;
	while (!r && (e = readdir(d))) {
		const char *nm = e->d_name;
		/* "." and ".." only by a pattern starting with '.', and never
		 * for a component with more pattern after it (glibc, also with
		 * GLOB_PERIOD) */
		int dots = nm[0] == '.' && (!nm[1] || (nm[1] == '.' && !nm[2]));
		if (nm[0] == '.' && (!dot_ok || (dots && *p != '.' && end[0] == '/' && !lone_slash(end))))
			continue;
		if (fnmatch(comp, nm, fnflags))
			continue;
		size_t n = strlen(e->d_name);
		if (len + n >= sizeof c->buf)
			continue;
		memcpy(c->buf + len, e->d_name, n + 1);
		/* more pattern follows: only directories lead anywhere (a link
		 * to nothing must not count as an unreadable directory) */
		if (*end == '/' && !lone_slash(end) && e->d_type != DT_DIR && !is_dir(c->buf))
			continue;
		r = expand(c, len + n, end, 1);
	}
	closedir(d);
	c->buf[len] = 0;
	return r;
}

/* buf[0..len) is a path built so far; listed says a directory listing
 * showed it exists. */
static int expand(struct ctx *c, size_t len, const char *pat, int listed)
{
	while (*pat == '/') {
		if (len + 1 >= sizeof c->buf)
			return 0;
		c->buf[len++] = *pat++;
		listed = -1;	/* a slash after it: must be a directory */
	}
	c->buf[len] = 0;
	if (!*pat) {
		struct stat st;
		if (listed < 0 ? stat(c->buf, &st) || !S_ISDIR(st.st_mode)
			       : !listed && lstat(c->buf, &st))
			return 0;
		return keep(&c->out, c->buf, c->flags & GLOB_MARK);
	}
	const char *end = strchrnul(pat, '/');
	if (has_magic(pat, end, c->flags & GLOB_NOESCAPE))
		return listing(c, len, pat, end);
	return literal(c, len, pat, end);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The new paths go after any kept ones (GLOB_APPEND) and gl_offs NULLs
 * (GLOB_DOOFFS); on failure pglob keeps what it had. */
static int publish(glob_t *g, int flags, char **v, size_t n)
{
	size_t offs = flags & GLOB_DOOFFS ? g->gl_offs : 0;
	size_t old = flags & GLOB_APPEND ? g->gl_pathc : 0;
	char **pv = flags & GLOB_APPEND ? g->gl_pathv : 0;
	char **nv = realloc(pv, (offs + old + n + 1) * sizeof *nv);
	if (!nv)
		return GLOB_NOSPACE;
	if (!pv)
		for (size_t i = 0; i < offs; i++)
			nv[i] = 0;
	memcpy(nv + offs + old, v, n * sizeof *v);
	nv[offs + old + n] = 0;
	g->gl_pathv = nv;
	g->gl_pathc = old + n;
	return 0;
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *path, int err),
	 glob_t *restrict g)
{
	if (!pattern || !g || (flags & ~0xff)) {
		errno = EINVAL;
		return GLOB_NOSYS;
	}
	if (!(flags & GLOB_DOOFFS))
		g->gl_offs = 0;
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
	}
	struct ctx *c = malloc(sizeof *c);
	if (!c)
		return GLOB_NOSPACE;
	c->flags = flags;
	c->errfunc = errfunc;
	c->out.v = 0;
	c->out.n = c->out.cap = 0;
	int r = *pattern ? expand(c, 0, pattern, 0) : 0;
	if (!r && !c->out.n) {
		if (flags & GLOB_NOCHECK)
			r = keep(&c->out, pattern, 0);
		else
			r = GLOB_NOMATCH;
	}
	if (!r && !(flags & GLOB_NOSORT))
		qsort(c->out.v, c->out.n, sizeof *c->out.v, cmp);
	if (!r)
		r = publish(g, flags, c->out.v, c->out.n);
	if (r)
		for (size_t i = 0; i < c->out.n; i++)
			free(c->out.v[i]);
	free(c->out.v);
	free(c);
	if (!r)
		g->gl_flags = flags;
	return r;
}
