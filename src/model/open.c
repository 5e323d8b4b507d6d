/* open, close, access, chdir, getcwd (fs/open.c, fs/d_path.c). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "kernel.h"

#define VALID_OPEN_FLAGS (O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | \
	O_APPEND | O_NONBLOCK | O_DSYNC | O_ASYNC | O_DIRECT | O_LARGEFILE | \
	O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_SYNC)

static long do_sys_open(int dfd, const char *path, int flags, mode_t mode)
{
	struct file *f;
	/* O_PATH and O_TMPFILE are not modelled: say so rather than pretend. */
	if ((unsigned)flags & ~(unsigned)VALID_OPEN_FLAGS)
		return -EINVAL;
	/* Like get_unused_fd_flags before do_filp_open: EMFILE comes first. */
	struct files_struct *files = &current_model->files;
	int free_fd = 0;
	while (free_fd < NR_OPEN && files->fd[free_fd])
		free_fd++;
	if (free_fd == NR_OPEN)
		return -EMFILE;
	long err = __lstar_model_do_filp_open(dfd, path, flags, mode, &f);
	if (err)
		return err;
	long fd = __lstar_model_fd_install(0, f, flags & O_CLOEXEC);
	if (fd < 0)
		fput(f);
	return fd;
}

long sys_openat(const struct pt_regs *regs)
{
	return do_sys_open((int)regs->di, (const char *)regs->si, (int)regs->dx,
			   (mode_t)regs->r10);
}

long sys_open(const struct pt_regs *regs)
{
	return do_sys_open(AT_FDCWD, (const char *)regs->di, (int)regs->si,
			   (mode_t)regs->dx);
}

long sys_creat(const struct pt_regs *regs)
{
	return do_sys_open(AT_FDCWD, (const char *)regs->di,
			   O_CREAT | O_WRONLY | O_TRUNC, (mode_t)regs->si);
}

long sys_close(const struct pt_regs *regs)
{
	return __lstar_model_close_fd((int)regs->di);
}

static long do_faccessat(int dfd, const char *path, int mode)
{
	if (mode & ~7)
		return -EINVAL;
	struct inode *inode;
	long err = __lstar_model_path_lookup(dfd, path, &inode);
	if (err || mode == 0)
		return err;
	return __lstar_model_permission(inode, mode);
}

long sys_faccessat(const struct pt_regs *regs)
{
	return do_faccessat((int)regs->di, (const char *)regs->si, (int)regs->dx);
}

long sys_faccessat2(const struct pt_regs *regs)
{
	if (regs->r10 & ~(unsigned long)(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	/* The model's real and effective ids are the same: AT_EACCESS is moot. */
	return do_faccessat((int)regs->di, (const char *)regs->si, (int)regs->dx);
}

/* The model has no symbolic links: readlink of anything else is EINVAL. */
long sys_readlinkat(const struct pt_regs *regs)
{
	struct inode *inode;
	if ((long)regs->r10 <= 0)
		return -EINVAL;
	long err = __lstar_model_path_lookup((int)regs->di, (const char *)regs->si, &inode);
	return err ? err : -EINVAL;
}

long sys_access(const struct pt_regs *regs)
{
	return do_faccessat(AT_FDCWD, (const char *)regs->di, (int)regs->si);
}

long sys_chdir(const struct pt_regs *regs)
{
	struct inode *inode;
	long err = __lstar_model_path_lookup(AT_FDCWD, (const char *)regs->di, &inode);
	if (err)
		return err;
	if (inode->kind != I_DIR)
		return -ENOTDIR;
	if (__lstar_model_permission(inode, 1))
		return -EACCES;
	current_model->pwd = inode;
	return 0;
}

long sys_fchdir(const struct pt_regs *regs)
{
	struct file *f = fget((int)regs->di);
	if (!f)
		return -EBADF;
	if (f->f_inode->kind != I_DIR)
		return -ENOTDIR;
	current_model->pwd = f->f_inode;
	return 0;
}

/* Build the path from the leaf up, at the end of a scratch buffer. */
long sys_getcwd(const struct pt_regs *regs)
{
	char *buf = (char *)regs->di;
	size_t size = regs->si;
	struct model *m = current_model;
	static char tmp[PATH_MAX];
	char *p = tmp + sizeof tmp;
	*--p = 0;
	if (m->pwd->i_nlink == 0)
		return -ENOENT;		/* the working directory was removed */
	for (struct inode *d = m->pwd; d != m->root; d = d->i_parent) {
		size_t n = strlen(d->i_dentry->d_name);
		if ((size_t)(p - tmp) < n + 1)
			return -ENAMETOOLONG;
		p -= n;
		memcpy(p, d->i_dentry->d_name, n);
		*--p = '/';
	}
	if (!*p)
		*--p = '/';
	size_t len = (size_t)(tmp + sizeof tmp - p);
	if (len > size)
		return -ERANGE;
	if (!buf)
		return -EFAULT;
	memcpy(buf, p, len);
	return (long)len;
}
