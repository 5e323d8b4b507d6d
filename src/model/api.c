/* The test interface (include/lstar/model.h): set-up and inspection that
 * bypasses the syscall entry, so none of it shows in the trace. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "kernel.h"

void lstar_model_reset(void)
{
	__lstar_model_fs_reset();
	__lstar_model_mm_reset();
	__lstar_model_trace_reset();
	__lstar_model_inject_reset();
	__lstar_model_run_reset();
	__lstar_model_signal_reset();
	for (int fd = 0; fd < 3; fd++)
		lstar_model_set_std(fd, LSTAR_MODEL_PIPE, NULL);
}

int lstar_model_mkdir(const char *path, unsigned mode)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(AT_FDCWD, path, &nd);
	if (err)
		return (int)err;
	if (nd.inode)
		return -EEXIST;
	struct inode *inode = __lstar_model_new_inode(I_DIR, S_IFDIR | (mode & 07777));
	if (!inode)
		return -ENOSPC;
	return (int)__lstar_model_d_add(nd.dir, nd.last, inode);
}

int lstar_model_write_file(const char *path, const void *data, size_t len, unsigned mode)
{
	struct nameidata nd;
	long err = __lstar_model_path_parent(AT_FDCWD, path, &nd);
	if (err)
		return (int)err;
	struct inode *inode = nd.inode;
	if (inode && inode->kind != I_REG)
		return inode->kind == I_DIR ? -EISDIR : -EINVAL;
	if (!inode) {
		inode = __lstar_model_new_inode(I_REG, S_IFREG);
		if (!inode)
			return -ENOSPC;
		err = __lstar_model_d_add(nd.dir, nd.last, inode);
		if (err)
			return (int)err;
	}
	inode->i_mode = S_IFREG | (mode & 07777);
	inode->i_size = 0;
	if (len && (!data || __lstar_model_inode_reserve(inode, len)))
		return data ? -ENOSPC : -EFAULT;
	if (len)
		memcpy(inode->i_data, data, len);
	inode->i_size = len;
	__lstar_model_touch(inode);
	return 0;
}

const char *lstar_model_read_file(const char *path, size_t *len)
{
	struct inode *inode;
	if (__lstar_model_path_lookup(AT_FDCWD, path, &inode) || inode->kind != I_REG)
		return NULL;
	if (len)
		*len = inode->i_size;
	return inode->i_data ? (const char *)inode->i_data : "";
}

int lstar_model_exists(const char *path)
{
	struct inode *inode;
	return __lstar_model_path_lookup(AT_FDCWD, path, &inode) == 0;
}

static long open_endpoint(int fd, enum lstar_model_std kind, struct file **out)
{
	struct inode *inode = kind == LSTAR_MODEL_TTY
		? __lstar_model_new_inode(I_TTY, S_IFCHR | 0620)
		: __lstar_model_new_inode(I_EP_PIPE, S_IFIFO | 0600);
	if (!inode)
		return -ENFILE;
	struct endpoint *ep = &current_model->ep[fd];
	memset(ep, 0, sizeof *ep);
	inode->i_ep = ep;
	inode->i_rdev = kind == LSTAR_MODEL_TTY ? (136u << 8) | (unsigned)fd : 0;
	/* A terminal is opened read-write, as a login shell's is. */
	int flags = kind == LSTAR_MODEL_TTY ? O_RDWR : fd == 0 ? O_RDONLY : O_WRONLY;
	*out = __lstar_model_alloc_file(inode, flags);
	inode->i_nlink = 0;	/* no name: it lives while a descriptor does */
	if (!*out) {
		__lstar_model_iput(inode);
		return -ENFILE;
	}
	return 0;
}

int lstar_model_set_std(int fd, enum lstar_model_std kind, const char *path)
{
	if (fd < 0 || fd > 2)
		return -EBADF;
	struct files_struct *files = &current_model->files;
	struct file *f = NULL;
	long err = 0;
	switch (kind) {
	case LSTAR_MODEL_PIPE:
	case LSTAR_MODEL_TTY:
		err = open_endpoint(fd, kind, &f);
		break;
	case LSTAR_MODEL_FILE:
		err = __lstar_model_do_filp_open(AT_FDCWD, path,
			fd == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC, 0644, &f);
		break;
	case LSTAR_MODEL_CLOSED:
		break;
	default:
		return -EINVAL;
	}
	if (err)
		return (int)err;
	if (files->fd[fd])
		__lstar_model_close_fd(fd);
	files->fd[fd] = f;
	return 0;
}

int lstar_model_set_input(int fd, const void *data, size_t len)
{
	if (fd < 0 || fd > 2)
		return -EBADF;
	struct endpoint *ep = &current_model->ep[fd];
	unsigned char *p = __lstar_model_kmalloc(len ? len : 1);
	if (!p)
		return -ENOSPC;
	if (len)
		memcpy(p, data, len);
	ep->in = p;
	ep->in_len = len;
	ep->in_pos = 0;
	return 0;
}

const char *lstar_model_output(int fd, size_t *len)
{
	if (fd < 0 || fd > 2) {
		if (len)
			*len = 0;
		return NULL;
	}
	struct endpoint *ep = &current_model->ep[fd];
	if (len)
		*len = ep->out_len;
	return ep->out ? (const char *)ep->out : "";
}
