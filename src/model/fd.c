/* Descriptor operations: dup*, fcntl, pipe2, ioctl (fs/file.c, fs/fcntl.c,
 * fs/pipe.c, fs/ioctl.c, the tty layer's TCGETS/TIOCGWINSZ). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include "kernel.h"

long sys_dup(const struct pt_regs *regs)
{
	struct file *f = fget((int)regs->di);
	if (!f)
		return -EBADF;
	long fd = __lstar_model_fd_install(0, f, 0);
	if (fd >= 0)
		f->f_count++;
	return fd;
}

/* newfd is closed first, silently, as dup2 requires. */
static long do_dup2(int oldfd, int newfd, int flags)
{
	struct files_struct *files = &current_model->files;
	struct file *f = fget(oldfd);
	if (!f)
		return -EBADF;
	if (newfd < 0 || newfd >= NR_OPEN)
		return -EBADF;
	f->f_count++;
	if (files->fd[newfd])
		__lstar_model_close_fd(newfd);
	files->fd[newfd] = f;
	files->close_on_exec[newfd] = (flags & O_CLOEXEC) != 0;
	return newfd;
}

long sys_dup2(const struct pt_regs *regs)
{
	int oldfd = (int)regs->di, newfd = (int)regs->si;
	if (oldfd == newfd)
		return fget(oldfd) ? newfd : -EBADF;
	return do_dup2(oldfd, newfd, 0);
}

long sys_dup3(const struct pt_regs *regs)
{
	int oldfd = (int)regs->di, newfd = (int)regs->si, flags = (int)regs->dx;
	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	return do_dup2(oldfd, newfd, flags);
}

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_ASYNC | O_DIRECT | O_NOATIME)

long sys_fcntl(const struct pt_regs *regs)
{
	int fd = (int)regs->di;
	unsigned int cmd = (unsigned int)regs->si;
	unsigned long arg = regs->dx;
	struct file *f = fget(fd);
	if (!f)
		return -EBADF;
	struct files_struct *files = &current_model->files;
	long r;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_OPEN)
			return -EINVAL;
		r = __lstar_model_fd_install((int)arg, f, cmd == F_DUPFD_CLOEXEC);
		if (r >= 0)
			f->f_count++;
		return r;
	case F_GETFD:
		return files->close_on_exec[fd] ? FD_CLOEXEC : 0;
	case F_SETFD:
		files->close_on_exec[fd] = (arg & FD_CLOEXEC) != 0;
		return 0;
	case F_GETFL:
		return (long)(f->f_flags & ~O_CLOEXEC) | (f->f_mode == (FMODE_READ | FMODE_WRITE) ? O_RDWR :
				f->f_mode == FMODE_WRITE ? O_WRONLY : 0);
	case F_SETFL:
		f->f_flags = (f->f_flags & ~SETFL_MASK) | ((unsigned int)arg & SETFL_MASK);
		return 0;
	default:
		return -EINVAL;
	}
}

static long do_pipe2(int *fds, int flags)
{
	struct model *m = current_model;
	if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT))
		return -EINVAL;
	struct pipe_inode_info *pipe = NULL;
	for (size_t i = 0; i < sizeof m->pipes / sizeof m->pipes[0] && !pipe; i++)
		if (!m->pipes[i].buf)
			pipe = &m->pipes[i];
	if (!pipe)
		return -ENFILE;
	struct inode *inode = __lstar_model_new_inode(I_PIPE, S_IFIFO | 0600);
	if (!inode)
		return -ENFILE;
	pipe->buf = __lstar_model_kmalloc(PIPE_BUF_SIZE);
	if (!pipe->buf) {
		inode->i_nlink = 0;
		__lstar_model_iput(inode);
		return -ENOMEM;
	}
	pipe->head = pipe->len = 0;
	inode->i_pipe = pipe;
	struct file *r = __lstar_model_alloc_file(inode, O_RDONLY | (flags & O_NONBLOCK));
	struct file *w = r ? __lstar_model_alloc_file(inode, O_WRONLY | (flags & O_NONBLOCK)) : NULL;
	long rfd = w ? __lstar_model_fd_install(0, r, flags & O_CLOEXEC) : -ENFILE;
	long wfd = rfd >= 0 ? __lstar_model_fd_install(0, w, flags & O_CLOEXEC) : rfd;
	if (wfd < 0) {
		if (rfd >= 0)
			current_model->files.fd[rfd] = NULL;
		if (w)
			fput(w);
		if (r)
			fput(r);
		return wfd;
	}
	if (!fds) {
		__lstar_model_close_fd((int)rfd);
		__lstar_model_close_fd((int)wfd);
		return -EFAULT;
	}
	fds[0] = (int)rfd;
	fds[1] = (int)wfd;
	return 0;
}

long sys_pipe2(const struct pt_regs *regs)
{
	return do_pipe2((int *)regs->di, (int)regs->si);
}

long sys_pipe(const struct pt_regs *regs)
{
	return do_pipe2((int *)regs->di, 0);
}

/* struct termios as the kernel copies it out for TCGETS (36 bytes). */
struct kernel_termios {
	unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line, c_cc[19];
};

long sys_ioctl(const struct pt_regs *regs)
{
	struct file *f = fget((int)regs->di);
	unsigned int req = (unsigned int)regs->si;
	void *arg = (void *)regs->dx;
	if (!f)
		return -EBADF;
	struct inode *inode = f->f_inode;
	switch (req) {
	case FIONREAD: {
		long n;
		if (inode->kind == I_REG)
			n = f->f_pos < (long)inode->i_size ? (long)inode->i_size - f->f_pos : 0;
		else if (inode->kind == I_PIPE)
			n = (long)inode->i_pipe->len;
		else if (inode->i_ep)
			n = (long)(inode->i_ep->in_len - inode->i_ep->in_pos);
		else
			return -ENOTTY;
		if (!arg)
			return -EFAULT;
		*(int *)arg = (int)n;
		return 0;
	}
	case FIONBIO:
		if (!arg)
			return -EFAULT;
		if (*(int *)arg)
			f->f_flags |= O_NONBLOCK;
		else
			f->f_flags &= ~O_NONBLOCK;
		return 0;
	}
	if (inode->kind != I_TTY)
		return -ENOTTY;
	switch (req) {
	case TCGETS: {
		struct kernel_termios t = {
			.c_iflag = 0x500,	/* ICRNL | IXON */
			.c_oflag = 0x5,		/* OPOST | ONLCR */
			.c_cflag = 0xbf,	/* B38400 | CS8 | CREAD */
			.c_lflag = 0x8a3b,	/* ISIG ICANON ECHO ECHOE ECHOK ECHOCTL ECHOKE IEXTEN */
			.c_cc = { 3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22 },
		};
		if (!arg)
			return -EFAULT;
		memcpy(arg, &t, sizeof t);
		return 0;
	}
	case TCSETS:
		return arg ? 0 : -EFAULT;
	case TIOCGWINSZ: {
		struct winsize ws = { 24, 80, 0, 0 };
		if (!arg)
			return -EFAULT;
		memcpy(arg, &ws, sizeof ws);
		return 0;
	}
	}
	return -ENOTTY;
}
