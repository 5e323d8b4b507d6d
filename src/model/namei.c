/* Path walk, as fs/namei.c: every component but the last must be a
 * searchable directory; the caller decides what the last one may be. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "kernel.h"

struct dentry *__lstar_model_d_lookup(struct inode *dir, const char *name)
{
	for (struct dentry *d = dir->i_subdirs; d; d = d->d_next)
		if (strcmp(d->d_name, name) == 0)
			return d;
	return NULL;
}

long __lstar_model_d_add(struct inode *dir, const char *name, struct inode *inode)
{
	struct model *m = current_model;
	struct dentry *d = NULL;
	for (int i = 0; i < NR_DENTRY && !d; i++)
		if (!m->dentries[i].in_use)
			d = &m->dentries[i];
	if (!d)
		return -ENOSPC;
	d->in_use = 1;
	strcpy(d->d_name, name);
	d->d_inode = inode;
	d->d_next = NULL;
	struct dentry **link = &dir->i_subdirs;
	while (*link)
		link = &(*link)->d_next;
	*link = d;
	if (inode->kind == I_DIR) {
		inode->i_dentry = d;
		inode->i_parent = dir;
		dir->i_nlink++;
	}
	__lstar_model_touch(dir);
	return 0;
}

void __lstar_model_d_delete(struct inode *dir, struct dentry *d)
{
	struct dentry **link = &dir->i_subdirs;
	while (*link != d)
		link = &(*link)->d_next;
	*link = d->d_next;
	d->in_use = 0;
	if (d->d_inode->kind == I_DIR)
		dir->i_nlink--;
	__lstar_model_touch(dir);
}

/* The model's user owns every file, so the owner bits decide (MAY_*). */
int __lstar_model_permission(struct inode *inode, int mask)
{
	unsigned bits = (inode->i_mode >> 6) & 7;
	return (bits & mask) == (unsigned)mask ? 0 : -EACCES;
}

static size_t path_len(const char *s)
{
	size_t n = 0;
	while (n < PATH_MAX && s[n])
		n++;
	return n;
}

static long start_dir(int dfd, const char *path, struct inode **dir)
{
	struct model *m = current_model;
	if (path[0] == '/') {
		*dir = m->root;
		return 0;
	}
	if (dfd == AT_FDCWD) {
		*dir = m->pwd;
		return 0;
	}
	struct file *f = fget(dfd);
	if (!f)
		return -EBADF;
	if (f->f_inode->kind != I_DIR)
		return -ENOTDIR;
	*dir = f->f_inode;
	return 0;
}

static struct inode *step(struct inode *dir, const char *name, struct dentry **d)
{
	*d = NULL;
	if (strcmp(name, ".") == 0)
		return dir;
	if (strcmp(name, "..") == 0)
		return dir->i_parent;
	*d = __lstar_model_d_lookup(dir, name);
	return *d ? (*d)->d_inode : NULL;
}

/*
 * Walk to the parent of the last component and look that component up.
 * nd->inode is NULL when the last component does not exist.
 */
long __lstar_model_path_parent(int dfd, const char *path, struct nameidata *nd)
{
	if (!path)
		return -EFAULT;
	size_t len = path_len(path);
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (len == 0)
		return -ENOENT;
	struct inode *dir;
	long err = start_dir(dfd, path, &dir);
	if (err)
		return err;

	memset(nd, 0, sizeof *nd);
	const char *p = path;
	for (;;) {
		while (*p == '/')
			p++;
		const char *end = p;
		while (*end && *end != '/')
			end++;
		if (end == p) {		/* the path was only slashes */
			nd->dir = dir;
			nd->inode = dir;
			return 0;
		}
		if (end - p > NAME_MAX)
			return -ENAMETOOLONG;
		char name[NAME_MAX + 1];
		memcpy(name, p, end - p);
		name[end - p] = 0;
		const char *rest = end;
		while (*rest == '/')
			rest++;
		if (dir->kind != I_DIR)
			return -ENOTDIR;
		if (__lstar_model_permission(dir, 1))
			return -EACCES;
		if (*rest == 0) {
			nd->dir = dir;
			strcpy(nd->last, name);
			nd->trailing_slash = *end == '/';
			nd->inode = step(dir, name, &nd->dentry);
			return 0;
		}
		struct dentry *d;
		struct inode *next = step(dir, name, &d);
		if (!next)
			return -ENOENT;
		dir = next;
		p = rest;
	}
}

/* Resolve a whole path to an existing inode. */
long __lstar_model_path_lookup(int dfd, const char *path, struct inode **out)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(dfd, path, &nd);
	if (err)
		return err;
	if (!nd.inode)
		return -ENOENT;
	if (nd.trailing_slash && nd.inode->kind != I_DIR)
		return -ENOTDIR;
	*out = nd.inode;
	return 0;
}

/* Create a new inode of mode (type bits included) under the name the walk
 * stopped at: the checks and the undo shared by open(O_CREAT) and mkdirat. */
long __lstar_model_create(struct nameidata *nd, enum inode_kind kind, mode_t mode,
			  struct inode **out)
{
	if (nd->dir->i_nlink == 0)
		return -ENOENT;	/* a removed directory takes no new names */
	if (__lstar_model_permission(nd->dir, 3))
		return -EACCES;
	struct inode *inode = __lstar_model_new_inode(kind, mode);
	if (!inode)
		return -ENOSPC;
	long err = __lstar_model_d_add(nd->dir, nd->last, inode);
	if (err) {
		inode->i_nlink = 0;
		__lstar_model_iput(inode);
		return err;
	}
	*out = inode;
	return 0;
}
