#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "syscall.h"
#include "ftw_impl.h"

/*
 * Depth-first, in readdir order, with one directory stream open per level
 * below the start (so fd_limit, which glibc uses to bound open streams, is
 * not consulted: a tree deeper than the process's descriptor limit fails
 * with EMFILE instead of being re-read).  As glibc:
 *  - a stat failure other than EACCES/ENOENT (ELOOP, ENAMETOOLONG...)
 *    ends the walk with -1; a directory that cannot be opened for another
 *    reason than EACCES too;
 *  - with FTW_CHDIR the callback runs in the directory holding the object,
 *    except FTW_DP, which runs still inside the directory; the start
 *    directory is restored at the end;
 *  - FTW_MOUNT skips, unreported, whatever is on another file system;
 *  - a directory already walked (reached again through a symbolic link or
 *    a bind mount) is skipped, unreported: the walk keeps the device and
 *    inode of every directory it entered in a tsearch tree.
 */
struct walk {
	char path[PATH_MAX];
	__nftw_func_t fn;
	__ftw_func_t old;
	int flags;
	dev_t dev;
	void *seen;	/* tsearch tree of struct dir_id */
};

struct dir_id {
	dev_t dev;
	ino_t ino;
};

static int cmp_id(const void *a, const void *b)
{
	const struct dir_id *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* 1 when the directory was walked before, 0 after recording it, -1 when
 * out of memory. */
static int seen_before(struct walk *w, const struct stat *st)
{
	struct dir_id key = {st->st_dev, st->st_ino}, *id;
	if (tfind(&key, &w->seen, cmp_id))
		return 1;
	if (!(id = malloc(sizeof *id)))
		return -1;
	*id = key;
	if (!tsearch(id, &w->seen, cmp_id)) {
		free(id);
		return -1;
	}
	return 0;
}

static int report(struct walk *w, const struct stat *st, int type, int base, int level)
{
	if (w->old) {
		if (type == FTW_SLN)
			type = FTW_NS;
		return w->old(w->path, st, type);
	}
	struct FTW f = {base, level};
	return w->fn(w->path, st, type, &f);
}

/* The name of the current object relative to the working directory. */
static const char *here(struct walk *w, int base)
{
	return (w->flags & FTW_CHDIR) && w->path[base] ? w->path + base : w->path;
}

static int walk(struct walk *w, size_t len, int base, int level, int parent_fd);

static int walk_dir(struct walk *w, const struct stat *st, size_t len, int base, int level,
		    int parent_fd)
{
	DIR *d = opendir(here(w, base));
	if (!d)
		return errno == EACCES ? report(w, st, FTW_DNR, base, level) : -1;
	int r = 0;
	if (!(w->flags & FTW_DEPTH))
		r = report(w, st, FTW_D, base, level);
	if (!r && (w->flags & FTW_CHDIR) && fchdir(dirfd(d)) < 0)
		r = -1;
	size_t sub = len;
	if (w->path[sub - 1] != '/')
		w->path[sub++] = '/';
	struct dirent *e;
	while (!r && (e = readdir(d))) {
		const char *n = e->d_name;
		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		size_t nl = strlen(n);
		if (sub + nl >= sizeof w->path) {
			errno = ENAMETOOLONG;
			r = -1;
			break;
		}
		memcpy(w->path + sub, n, nl + 1);
		r = walk(w, sub + nl, (int)sub, level + 1, dirfd(d));
	}
	w->path[len] = 0;
	if (!r && (w->flags & FTW_DEPTH))
		r = report(w, st, FTW_DP, base, level);
	if (!r && (w->flags & FTW_CHDIR) && fchdir(parent_fd) < 0)
		r = -1;
	closedir(d);
	return r;
}

static int walk(struct walk *w, size_t len, int base, int level, int parent_fd)
{
	struct stat st;
	const char *name = here(w, base);
	int type = FTW_F;
	if (((w->flags & FTW_PHYS) ? lstat : stat)(name, &st) < 0) {
		if (errno != EACCES && errno != ENOENT)
			return -1;
		type = FTW_NS;
		if (!(w->flags & FTW_PHYS) && lstat(name, &st) == 0 && S_ISLNK(st.st_mode))
			type = FTW_SLN;
		if (level == 0 && type == FTW_NS)
			return -1;	/* nothing to say about the start */
	} else if ((w->flags & FTW_MOUNT) && st.st_dev != w->dev) {
		return 0;
	} else if (S_ISDIR(st.st_mode)) {
		int known = seen_before(w, &st);
		return known ? (known < 0 ? -1 : 0) : walk_dir(w, &st, len, base, level, parent_fd);
	} else if (S_ISLNK(st.st_mode)) {
		type = FTW_SL;
	}
	if (type == FTW_NS)	/* glibc hands over its unfilled buffer */
		memset(&st, 0, sizeof st);
	return report(w, &st, type, base, level);
}

int __lstar_ftw(const char *dir, __nftw_func_t fn, __ftw_func_t old, int flags)
{
	/* on the heap: PATH_MAX is large for a stack, and walks may nest */
	struct walk *mine = malloc(sizeof *mine);
	if (!mine)
		return -1;
	size_t len = strlen(dir);
	if (!len || len >= sizeof mine->path) {
		errno = len ? ENAMETOOLONG : ENOENT;
		free(mine);
		return -1;
	}
	memcpy(mine->path, dir, len + 1);
	while (len > 1 && mine->path[len - 1] == '/')	/* "d/" is walked as "d" */
		mine->path[--len] = 0;
	int base = (int)len;
	while (base > 0 && mine->path[base - 1] != '/')
		base--;
	mine->fn = fn;
	mine->old = old;
	mine->flags = flags;
	mine->seen = 0;
	struct stat st;
	if (((flags & FTW_PHYS) ? lstat : stat)(mine->path, &st) == 0)
		mine->dev = st.st_dev;
	int start = -1, r;
	if (flags & FTW_CHDIR) {
		start = (int)sys_openat(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
		if (start < 0) {
			errno = -start;
			free(mine);
			return -1;
		}
	}
	r = 0;
	if (start >= 0 && base > 0) {	/* start in the directory holding dir */
		char c = mine->path[base];
		mine->path[base] = 0;
		r = chdir(mine->path);
		mine->path[base] = c;
	}
	if (!r)
		r = walk(mine, len, base, 0, start);
	if (start >= 0) {
		int e = errno;
		fchdir(start);
		sys_close(start);
		errno = e;
	}
	tdestroy(mine->seen, free);
	free(mine);
	return r;
}
