/* Open file descriptions, the descriptor table and the read/write paths
 * (fs/file.c, fs/open.c, fs/read_write.c, fs/pipe.c). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "kernel.h"

struct file *__lstar_model_fget(int fd)
{
	if (fd < 0 || fd >= NR_OPEN)
		return NULL;
	return current_model->files.fd[fd];
}

struct file *__lstar_model_alloc_file(struct inode *inode, unsigned int flags)
{
	struct model *m = current_model;
	for (int i = 0; i < NR_FILE; i++) {
		struct file *f = &m->file_pool[i];
		if (f->f_count)
			continue;
		f->f_count = 1;
		f->f_flags = flags & ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_CLOEXEC);
		unsigned acc = flags & O_ACCMODE;
		f->f_mode = (acc == O_RDONLY || acc == O_RDWR ? FMODE_READ : 0) |
			    (acc == O_WRONLY || acc == O_RDWR ? FMODE_WRITE : 0);
		f->f_pos = 0;
		f->f_inode = inode;
		inode->i_count++;
		if (inode->i_pipe) {
			if (f->f_mode & FMODE_READ)
				inode->i_pipe->readers++;
			if (f->f_mode & FMODE_WRITE)
				inode->i_pipe->writers++;
		}
		return f;
	}
	return NULL;
}

void __lstar_model_fput(struct file *f)
{
	if (--f->f_count > 0)
		return;
	struct inode *inode = f->f_inode;
	if (inode->i_pipe) {
		if (f->f_mode & FMODE_READ)
			inode->i_pipe->readers--;
		if (f->f_mode & FMODE_WRITE)
			inode->i_pipe->writers--;
		if (!inode->i_pipe->readers && !inode->i_pipe->writers) {
			/* pipes have no name to keep them */
			inode->i_nlink = 0;
			__lstar_model_kfree(inode->i_pipe->buf, PIPE_BUF_SIZE);
			inode->i_pipe->buf = NULL;
		}
	}
	inode->i_count--;
	__lstar_model_iput(inode);
}

/* The lowest free descriptor >= minfd, as POSIX requires. */
long __lstar_model_fd_install(int minfd, struct file *f, int cloexec)
{
	struct files_struct *files = &current_model->files;
	for (int fd = minfd; fd < NR_OPEN; fd++) {
		if (!files->fd[fd]) {
			files->fd[fd] = f;
			files->close_on_exec[fd] = cloexec != 0;
			return fd;
		}
	}
	return -EMFILE;
}

long __lstar_model_close_fd(int fd)
{
	struct file *f = fget(fd);
	if (!f)
		return -EBADF;
	current_model->files.fd[fd] = NULL;
	current_model->files.close_on_exec[fd] = 0;
	fput(f);
	return 0;
}

int __lstar_model_is_seekable(const struct inode *inode)
{
	return inode->kind == I_REG || inode->kind == I_DIR || inode->kind == I_NULL;
}

long __lstar_model_ep_append(struct endpoint *ep, const void *buf, size_t n)
{
	if (ep->out_len + n + 1 > ep->out_cap) {
		size_t cap = ep->out_cap ? ep->out_cap : 4096;
		while (cap < ep->out_len + n + 1)
			cap *= 2;
		unsigned char *p = __lstar_model_kmalloc(cap);
		if (!p)
			return -ENOSPC;
		if (ep->out)
			memcpy(p, ep->out, ep->out_len);
		ep->out = p;
		ep->out_cap = cap;
	}
	memcpy(ep->out + ep->out_len, buf, n);
	ep->out_len += n;
	ep->out[ep->out_len] = 0;
	return (long)n;
}

static long pipe_read(struct file *f, unsigned char *buf, size_t n)
{
	struct pipe_inode_info *pipe = f->f_inode->i_pipe;
	if (pipe->len == 0) {
		if (!pipe->writers)
			return 0;
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		return __lstar_model_would_block();
	}
	size_t done = 0;
	while (done < n && pipe->len) {
		buf[done++] = pipe->buf[pipe->head];
		pipe->head = (pipe->head + 1) % PIPE_BUF_SIZE;
		pipe->len--;
	}
	return (long)done;
}

static long pipe_write(struct file *f, const unsigned char *buf, size_t n)
{
	struct pipe_inode_info *pipe = f->f_inode->i_pipe;
	if (!pipe->readers) {
		__lstar_model_raise(13 /* SIGPIPE */);
		return -EPIPE;
	}
	if (pipe->len == PIPE_BUF_SIZE) {
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		return __lstar_model_would_block();
	}
	size_t done = 0;
	while (done < n && pipe->len < PIPE_BUF_SIZE) {
		pipe->buf[(pipe->head + pipe->len) % PIPE_BUF_SIZE] = buf[done++];
		pipe->len++;
	}
	return (long)done;
}

/* A terminal in canonical mode hands out at most one line per read. */
static long ep_read(struct inode *inode, unsigned char *buf, size_t n)
{
	struct endpoint *ep = inode->i_ep;
	size_t avail = ep->in_len - ep->in_pos, done = 0;
	if (n > avail)
		n = avail;
	while (done < n) {
		unsigned char c = ep->in[ep->in_pos++];
		buf[done++] = c;
		if (c == '\n' && inode->kind == I_TTY)
			break;
	}
	return (long)done;
}

static long reg_read(struct inode *inode, unsigned char *buf, size_t n, long *pos)
{
	if (*pos >= (long)inode->i_size)
		return 0;
	size_t avail = inode->i_size - (size_t)*pos;
	if (n > avail)
		n = avail;
	memcpy(buf, inode->i_data + *pos, n);
	*pos += (long)n;
	return (long)n;
}

static long reg_write(struct file *f, const unsigned char *buf, size_t n, long *pos)
{
	struct inode *inode = f->f_inode;
	/* O_APPEND moves to the end first, even for pwrite (Linux's pwrite
	 * BUGS section: the offset is ignored). */
	if (f->f_flags & O_APPEND)
		*pos = (long)inode->i_size;
	size_t end = (size_t)*pos + n;
	long err = __lstar_model_inode_reserve(inode, end);
	if (err)
		return err;
	memcpy(inode->i_data + *pos, buf, n);
	if (end > inode->i_size)
		inode->i_size = end;
	*pos = (long)end;
	__lstar_model_touch(inode);
	return (long)n;
}

/*
 * The checks read and write share, in the kernel's order: a zero count
 * succeeds before the buffer is looked at, a NULL buffer faults, and the
 * count is clamped to MAX_RW_COUNT (and to an injected I/O limit).
 * Returns 1 to go on with *n bytes, otherwise the syscall's result.
 */
static long rw_verify(const void *buf, size_t *n)
{
	long limit = current_model->io_limit;
	if (*n == 0)
		return 0;
	if (!buf)
		return -EFAULT;
	if (*n > (size_t)MAX_RW_COUNT)
		*n = MAX_RW_COUNT;
	if (limit >= 0 && *n > (size_t)limit)
		*n = (size_t)limit;
	return *n ? 1 : 0;
}

static void account(long r)
{
	if (r > 0 && current_model->io_limit >= 0)
		current_model->io_limit -= r;
}

long __lstar_model_vfs_read(struct file *f, void *buf, size_t n, long *pos)
{
	if (!(f->f_mode & FMODE_READ))
		return -EBADF;
	struct inode *inode = f->f_inode;
	if (inode->kind == I_DIR)
		return -EISDIR;
	long r = rw_verify(buf, &n);
	if (r <= 0)
		return r;
	switch (inode->kind) {
	case I_REG: r = reg_read(inode, buf, n, pos); break;
	case I_PIPE: r = pipe_read(f, buf, n); break;
	case I_NULL: r = 0; break;
	default: r = ep_read(inode, buf, n); break;
	}
	account(r);
	return r;
}

long __lstar_model_vfs_write(struct file *f, const void *buf, size_t n, long *pos)
{
	if (!(f->f_mode & FMODE_WRITE))
		return -EBADF;
	struct inode *inode = f->f_inode;
	long r = rw_verify(buf, &n);
	if (r <= 0)
		return r;
	switch (inode->kind) {
	case I_REG: r = reg_write(f, buf, n, pos); break;
	case I_PIPE: r = pipe_write(f, buf, n); break;
	case I_NULL: r = (long)n; break;
	default: r = __lstar_model_ep_append(inode->i_ep, buf, n); break;
	}
	account(r);
	return r;
}

static long may_open(struct inode *inode, int flags, int trailing_slash)
{
	unsigned acc = flags & O_ACCMODE;
	if (inode->kind == I_DIR) {
		if (acc != O_RDONLY || (flags & O_CREAT))
			return -EISDIR;
	} else if ((flags & O_DIRECTORY) || trailing_slash) {
		return -ENOTDIR;
	}
	int mask = (acc == O_RDONLY || acc == O_RDWR ? 4 : 0) |
		   (acc == O_WRONLY || acc == O_RDWR ? 2 : 0);
	if ((flags & O_TRUNC) && inode->kind == I_REG)
		mask |= 2;
	return __lstar_model_permission(inode, mask);
}

/* openat's lookup, create and truncate; *out holds a new reference. */
long __lstar_model_do_filp_open(int dfd, const char *path, int flags, mode_t mode,
				struct file **out)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(dfd, path, &nd);
	if (err)
		return err;
	struct inode *inode = nd.inode;
	if (inode && (flags & O_CREAT) && (flags & O_EXCL))
		return -EEXIST;
	if (!inode) {
		if (!(flags & O_CREAT))
			return -ENOENT;
		if (nd.trailing_slash)
			return -EISDIR;
		err = __lstar_model_create(&nd, I_REG,
			S_IFREG | (mode & 07777 & ~current_model->umask), &inode);
		if (err)
			return err;
	} else {
		err = may_open(inode, flags, nd.trailing_slash);
		if (err)
			return err;
	}
	struct file *f = __lstar_model_alloc_file(inode, flags);
	if (!f)
		return -ENFILE;
	/* 64-bit kernels force O_LARGEFILE (force_o_largefile). */
	f->f_flags |= O_LARGEFILE;
	if ((flags & O_TRUNC) && inode->kind == I_REG && (f->f_mode & FMODE_WRITE ||
	    (flags & O_ACCMODE) == O_RDONLY)) {
		inode->i_size = 0;
		__lstar_model_touch(inode);
	}
	*out = f;
	return 0;
}
