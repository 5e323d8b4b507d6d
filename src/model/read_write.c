/* read, write and friends (fs/read_write.c). */
#include <errno.h>
#include <sys/uio.h>
#include "kernel.h"

static long ksys_read(int fd, void *buf, size_t count)
{
	struct file *f = fdget_pos(fd);
	if (!f)
		return -EBADF;
	return vfs_read(f, buf, count, &f->f_pos);
}

long sys_read(const struct pt_regs *regs)
{
	return ksys_read((int)regs->di, (void *)regs->si, regs->dx);
}

static long ksys_write(int fd, const void *buf, size_t count)
{
	struct file *f = fdget_pos(fd);
	if (!f)
		return -EBADF;
	return vfs_write(f, buf, count, &f->f_pos);
}

long sys_write(const struct pt_regs *regs)
{
	return ksys_write((int)regs->di, (const void *)regs->si, regs->dx);
}

/* pread/pwrite: an explicit offset, the file position untouched. */
static struct file *fdget_positional(int fd, long pos, long *err)
{
	struct file *f = fget(fd);
	*err = -EBADF;
	if (!f)
		return NULL;
	*err = -EINVAL;
	if (pos < 0)
		return NULL;
	*err = -ESPIPE;
	if (!__lstar_model_is_seekable(f->f_inode))
		return NULL;
	return f;
}

long sys_pread64(const struct pt_regs *regs)
{
	long pos = (long)regs->r10, err;
	struct file *f = fdget_positional((int)regs->di, pos, &err);
	if (!f)
		return err;
	return vfs_read(f, (void *)regs->si, regs->dx, &pos);
}

long sys_pwrite64(const struct pt_regs *regs)
{
	long pos = (long)regs->r10, err;
	struct file *f = fdget_positional((int)regs->di, pos, &err);
	if (!f)
		return err;
	return vfs_write(f, (const void *)regs->si, regs->dx, &pos);
}

/* Validate the whole vector before moving a byte, as import_iovec does. */
static long check_iovec(const struct iovec *iov, long cnt)
{
	if (cnt < 0 || cnt > UIO_MAXIOV)
		return -EINVAL;
	if (cnt && !iov)
		return -EFAULT;
	unsigned long total = 0;
	for (long i = 0; i < cnt; i++) {
		if (iov[i].iov_len > (size_t)0x7fffffffffffffffL - total)
			return -EINVAL;
		if (iov[i].iov_len && !iov[i].iov_base)
			return -EFAULT;
		total += iov[i].iov_len;
	}
	return 0;
}

/* Segment by segment; a short segment ends the call with what was done. */
static long do_iter(int fd, const struct iovec *iov, long cnt, int writing)
{
	struct file *f = fdget_pos(fd);
	if (!f)
		return -EBADF;
	if (!(f->f_mode & (writing ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	long err = check_iovec(iov, cnt);
	if (err)
		return err;
	long done = 0;
	for (long i = 0; i < cnt; i++) {
		if (!iov[i].iov_len)
			continue;
		long r = writing ? vfs_write(f, iov[i].iov_base, iov[i].iov_len, &f->f_pos)
				 : vfs_read(f, iov[i].iov_base, iov[i].iov_len, &f->f_pos);
		if (r < 0)
			return done ? done : r;
		done += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return done;
}

long sys_readv(const struct pt_regs *regs)
{
	return do_iter((int)regs->di, (const struct iovec *)regs->si, (long)regs->dx, 0);
}

long sys_writev(const struct pt_regs *regs)
{
	return do_iter((int)regs->di, (const struct iovec *)regs->si, (long)regs->dx, 1);
}

#define SEEK_DATA 3
#define SEEK_HOLE 4

long sys_lseek(const struct pt_regs *regs)
{
	struct file *f = fdget_pos((int)regs->di);
	long off = (long)regs->si;
	unsigned int whence = (unsigned int)regs->dx;
	if (!f)
		return -EBADF;
	struct inode *inode = f->f_inode;
	if (!__lstar_model_is_seekable(inode))
		return -ESPIPE;
	long size = inode->kind == I_REG ? (long)inode->i_size : 0, pos;
	switch (whence) {
	case 0: pos = off; break;
	case 1: pos = f->f_pos + off; break;
	case 2: pos = size + off; break;
	case SEEK_DATA:
		if (off < 0 || off >= size)
			return -ENXIO;
		pos = off;
		break;
	case SEEK_HOLE:
		if (off < 0 || off >= size)
			return -ENXIO;
		pos = size;
		break;
	default: return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	f->f_pos = pos;
	return pos;
}
