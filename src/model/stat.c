/* stat family and directory-changing calls (fs/stat.c, fs/namei.c). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "kernel.h"

static long cp_new_stat(struct inode *inode, struct stat *st)
{
	if (!st)
		return -EFAULT;
	memset(st, 0, sizeof *st);
	st->st_dev = MODEL_DEV;
	st->st_ino = inode->i_ino;
	st->st_nlink = inode->i_nlink;
	st->st_mode = inode->i_mode;
	st->st_uid = MODEL_UID;
	st->st_gid = MODEL_GID;
	st->st_rdev = inode->i_rdev;
	st->st_size = inode->kind == I_REG ? (long)inode->i_size :
		      inode->kind == I_DIR ? 4096 : 0;
	st->st_blksize = 4096;
	st->st_blocks = inode->kind == I_REG ? ((long)inode->i_cap + 511) / 512 : 0;
	st->st_atim = inode->i_atime;
	st->st_mtim = inode->i_mtime;
	st->st_ctim = inode->i_ctime;
	return 0;
}

long sys_fstat(const struct pt_regs *regs)
{
	struct file *f = fget((int)regs->di);
	if (!f)
		return -EBADF;
	return cp_new_stat(f->f_inode, (struct stat *)regs->si);
}

static long do_fstatat(int dfd, const char *path, struct stat *st, int flags)
{
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH))
		return -EINVAL;
	struct inode *inode;
	if ((flags & AT_EMPTY_PATH) && path && !*path) {
		if (dfd == AT_FDCWD) {
			inode = current_model->pwd;
		} else {
			struct file *f = fget(dfd);
			if (!f)
				return -EBADF;
			inode = f->f_inode;
		}
	} else {
		long err = __lstar_model_path_lookup(dfd, path, &inode);
		if (err)
			return err;
	}
	return cp_new_stat(inode, st);
}

long sys_newfstatat(const struct pt_regs *regs)
{
	return do_fstatat((int)regs->di, (const char *)regs->si,
			  (struct stat *)regs->dx, (int)regs->r10);
}

long sys_stat(const struct pt_regs *regs)
{
	return do_fstatat(AT_FDCWD, (const char *)regs->di, (struct stat *)regs->si, 0);
}

long sys_lstat(const struct pt_regs *regs)
{
	return do_fstatat(AT_FDCWD, (const char *)regs->di, (struct stat *)regs->si,
			  AT_SYMLINK_NOFOLLOW);
}

static long do_mkdirat(int dfd, const char *path, mode_t mode)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(dfd, path, &nd);
	if (err)
		return err;
	if (nd.inode)
		return -EEXIST;
	struct inode *inode;
	return __lstar_model_create(&nd, I_DIR,
		S_IFDIR | (mode & 01777 & ~current_model->umask), &inode);
}

long sys_mkdirat(const struct pt_regs *regs)
{
	return do_mkdirat((int)regs->di, (const char *)regs->si, (mode_t)regs->dx);
}

long sys_mkdir(const struct pt_regs *regs)
{
	return do_mkdirat(AT_FDCWD, (const char *)regs->di, (mode_t)regs->si);
}

static void drop_name(struct inode *dir, struct dentry *d)
{
	struct inode *inode = d->d_inode;
	__lstar_model_d_delete(dir, d);
	inode->i_nlink = inode->kind == I_DIR ? 0 : inode->i_nlink - 1;
	__lstar_model_touch(inode);
	__lstar_model_iput(inode);
}

static long do_rmdir(int dfd, const char *path)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(dfd, path, &nd);
	if (err)
		return err;
	if (strcmp(nd.last, ".") == 0)
		return -EINVAL;
	if (strcmp(nd.last, "..") == 0)
		return -ENOTEMPTY;
	if (nd.inode == current_model->root)
		return -EBUSY;
	if (!nd.inode)
		return -ENOENT;
	if (nd.inode->kind != I_DIR)
		return -ENOTDIR;
	if (nd.inode->i_subdirs)
		return -ENOTEMPTY;
	if (__lstar_model_permission(nd.dir, 3))
		return -EACCES;
	drop_name(nd.dir, nd.dentry);
	return 0;
}

static long do_unlinkat(int dfd, const char *path)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(dfd, path, &nd);
	if (err)
		return err;
	if (!nd.inode)
		return -ENOENT;
	if (nd.inode->kind == I_DIR)
		return -EISDIR;
	if (nd.trailing_slash)
		return -ENOTDIR;
	if (__lstar_model_permission(nd.dir, 3))
		return -EACCES;
	drop_name(nd.dir, nd.dentry);
	return 0;
}

long sys_unlinkat(const struct pt_regs *regs)
{
	int dfd = (int)regs->di, flags = (int)regs->dx;
	const char *path = (const char *)regs->si;
	if (flags & ~AT_REMOVEDIR)
		return -EINVAL;
	return flags & AT_REMOVEDIR ? do_rmdir(dfd, path) : do_unlinkat(dfd, path);
}

long sys_unlink(const struct pt_regs *regs)
{
	return do_unlinkat(AT_FDCWD, (const char *)regs->di);
}

long sys_rmdir(const struct pt_regs *regs)
{
	return do_rmdir(AT_FDCWD, (const char *)regs->di);
}

static int is_ancestor(struct inode *a, struct inode *d)
{
	for (;;) {
		if (d == a)
			return 1;
		if (d == d->i_parent)
			return 0;
		d = d->i_parent;
	}
}

static long do_renameat(int odfd, const char *oldpath, int ndfd, const char *newpath)
{
	struct nameidata od, nd;
	long err = __lstar_model_path_parent(odfd, oldpath, &od);
	if (err)
		return err;
	err = __lstar_model_path_parent(ndfd, newpath, &nd);
	if (err)
		return err;
	if (!od.inode)
		return -ENOENT;
	if (!od.dentry || (nd.inode && !nd.dentry))
		return -EBUSY;		/* ".", ".." or "/" */
	struct inode *src = od.inode, *dst = nd.inode;
	if ((od.trailing_slash || nd.trailing_slash) && src->kind != I_DIR)
		return -ENOTDIR;
	if (__lstar_model_permission(od.dir, 3) || __lstar_model_permission(nd.dir, 3))
		return -EACCES;
	if (src == dst)
		return 0;
	if (src->kind == I_DIR && is_ancestor(src, nd.dir))
		return -EINVAL;
	if (dst) {
		if (src->kind == I_DIR && dst->kind != I_DIR)
			return -ENOTDIR;
		if (src->kind != I_DIR && dst->kind == I_DIR)
			return -EISDIR;
		if (dst->kind == I_DIR && dst->i_subdirs)
			return -ENOTEMPTY;
		drop_name(nd.dir, nd.dentry);
	}
	__lstar_model_d_delete(od.dir, od.dentry);
	err = __lstar_model_d_add(nd.dir, nd.last, src);
	__lstar_model_touch(src);
	return err;
}

long sys_renameat(const struct pt_regs *regs)
{
	return do_renameat((int)regs->di, (const char *)regs->si,
			   (int)regs->dx, (const char *)regs->r10);
}

long sys_rename(const struct pt_regs *regs)
{
	return do_renameat(AT_FDCWD, (const char *)regs->di, AT_FDCWD, (const char *)regs->si);
}
