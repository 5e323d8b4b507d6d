#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>
#include "syscall.h"

/*
 * Resolves without /proc: each component is looked up with lstat; a
 * symbolic link is read and its target spliced in front of what remains
 * (from the root again if it is absolute).  At most 40 links, like Linux.
 *
 * out holds the resolved prefix (always starting with '/'); todo holds the
 * components still to walk, kept at the END of its buffer so a link target
 * can be prepended without moving the rest.
 */
struct walk {
	char out[PATH_MAX];
	size_t olen;
	char todo[2 * PATH_MAX];
	size_t tpos;	/* todo runs from tpos to the end of the buffer */
};

static int prepend(struct walk *w, const char *s, size_t n)
{
	int sep = w->tpos < sizeof w->todo;	/* a '/' only between parts */
	if (n + sep > w->tpos)
		return -ENAMETOOLONG;
	if (sep)
		w->todo[--w->tpos] = '/';
	w->tpos -= n;
	memcpy(w->todo + w->tpos, s, n);
	return 0;
}

/* Take the next component off todo into comp; returns its length (0 when
 * todo is empty). */
static size_t next_component(struct walk *w, const char **comp)
{
	size_t end = sizeof w->todo;
	while (w->tpos < end && w->todo[w->tpos] == '/')
		w->tpos++;
	size_t start = w->tpos;
	while (w->tpos < end && w->todo[w->tpos] != '/')
		w->tpos++;
	*comp = w->todo + start;
	return w->tpos - start;
}

static int step(struct walk *w, const char *c, size_t n, int *links)
{
	if (n == 1 && c[0] == '.')
		return 0;
	if (n == 2 && c[0] == '.' && c[1] == '.') {
		while (w->olen > 1 && w->out[--w->olen] != '/')
			;
		w->out[w->olen] = 0;
		return 0;
	}
	size_t keep = w->olen;
	if (w->olen + (w->olen > 1) + n >= PATH_MAX)
		return -ENAMETOOLONG;
	if (w->olen > 1)
		w->out[w->olen++] = '/';
	memcpy(w->out + w->olen, c, n);
	w->olen += n;
	w->out[w->olen] = 0;

	struct stat st;
	if (lstat(w->out, &st))
		return -errno;
	if (S_ISLNK(st.st_mode)) {
		char target[PATH_MAX];
		if (++*links > 40)
			return -ELOOP;
		long len = sys_readlinkat(__LSTAR_AT_FDCWD, w->out, target, sizeof target);
		if (__syscall_is_error(len))
			return (int)len;
		w->olen = keep;
		w->out[w->olen] = 0;
		if (target[0] == '/') {
			w->olen = 1;
			w->out[1] = 0;
		}
		return prepend(w, target, (size_t)len);
	}
	/* anything after it, even a lone '/', needs a directory */
	if (!S_ISDIR(st.st_mode) && w->tpos < sizeof w->todo)
		return -ENOTDIR;
	return 0;
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	static struct walk w;	/* 12 KiB: too big for a small stack */
	int links = 0, r;
	if (!path) {
		errno = EINVAL;
		return 0;
	}
	if (!path[0]) {
		errno = ENOENT;
		return 0;
	}
	w.tpos = sizeof w.todo;
	w.out[0] = '/';
	w.out[1] = 0;
	w.olen = 1;
	if ((r = prepend(&w, path, strlen(path))) < 0)
		goto fail;
	if (path[0] != '/') {
		char cwd[PATH_MAX];
		if (!getcwd(cwd, sizeof cwd))
			return 0;
		if ((r = prepend(&w, cwd, strlen(cwd))) < 0)
			goto fail;
	}
	for (;;) {
		const char *c;
		size_t n = next_component(&w, &c);
		if (!n)
			break;
		if ((r = step(&w, c, n, &links)) < 0)
			goto fail;
	}
	if (!resolved)
		return strdup(w.out);
	return memcpy(resolved, w.out, w.olen + 1);
fail:
	errno = -r;
	return 0;
}
