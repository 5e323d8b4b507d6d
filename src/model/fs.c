/* The model's storage: inodes and a private arena for file data. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "kernel.h"

struct model __lstar_model;

/*
 * File contents, pipe buffers and captured output come from this arena.
 * A bump allocator that gives back only the latest block is enough: a
 * growing file doubles its block, so the waste is bounded by the data, and
 * reset empties the arena.  Exhaustion is the model's ENOSPC.
 */
#define ARENA_SIZE (32UL << 20)
static unsigned char arena[ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_top;

void *__lstar_model_kmalloc(size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (n > ARENA_SIZE - arena_top)
		return NULL;
	void *p = arena + arena_top;
	arena_top += n;
	return p;
}

void __lstar_model_kfree(void *p, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if ((unsigned char *)p + n == arena + arena_top)
		arena_top -= n;
}

/* Grow a regular file's block to hold size bytes (new bytes zeroed). */
int __lstar_model_inode_reserve(struct inode *inode, size_t size)
{
	if (size <= inode->i_cap)
		return 0;
	size_t cap = inode->i_cap ? inode->i_cap : 256;
	while (cap < size)
		cap *= 2;
	unsigned char *old = inode->i_data;
	/* The latest block can grow where it is. */
	if (old && old + ((inode->i_cap + 15) & ~(size_t)15) == arena + arena_top) {
		size_t extra = ((cap + 15) & ~(size_t)15) - ((inode->i_cap + 15) & ~(size_t)15);
		if (extra > ARENA_SIZE - arena_top)
			return -ENOSPC;
		arena_top += extra;
	} else {
		unsigned char *p = __lstar_model_kmalloc(cap);
		if (!p)
			return -ENOSPC;
		if (old)
			memcpy(p, old, inode->i_size);
		inode->i_data = p;
	}
	memset(inode->i_data + inode->i_cap, 0, cap - inode->i_cap);
	inode->i_cap = cap;
	return 0;
}

/* The model's only notion of a bad user pointer is NULL. */
long __lstar_model_copy_from_user(void *dst, const void *src, size_t n)
{
	if (!src)
		return -EFAULT;
	memcpy(dst, src, n);
	return 0;
}

void __lstar_model_touch(struct inode *inode)
{
	long ns = current_model->clock_ns;
	inode->i_mtime.tv_sec = ns / 1000000000;
	inode->i_mtime.tv_nsec = ns % 1000000000;
	inode->i_ctime = inode->i_mtime;
}

struct inode *__lstar_model_new_inode(enum inode_kind kind, mode_t mode)
{
	struct model *m = current_model;
	for (int i = 0; i < NR_INODE; i++) {
		struct inode *inode = &m->inodes[i];
		if (inode->in_use)
			continue;
		memset(inode, 0, sizeof *inode);
		inode->in_use = 1;
		inode->kind = kind;
		inode->i_mode = mode;
		inode->i_ino = m->next_ino++;
		inode->i_nlink = kind == I_DIR ? 2 : 1;
		__lstar_model_touch(inode);
		inode->i_atime = inode->i_mtime;
		return inode;
	}
	return NULL;
}

/* Drop an inode once it has neither names nor open files (iput). */
void __lstar_model_iput(struct inode *inode)
{
	if (inode->i_nlink > 0 || inode->i_count > 0)
		return;
	if (inode->i_data)
		__lstar_model_kfree(inode->i_data, inode->i_cap);
	inode->in_use = 0;
}

static struct inode *mknod_at(struct inode *dir, const char *name,
			      enum inode_kind kind, mode_t mode, dev_t rdev)
{
	struct inode *inode = __lstar_model_new_inode(kind, mode);
	if (!inode)
		return NULL;
	inode->i_rdev = rdev;
	if (kind == I_DIR)
		inode->i_parent = dir;
	__lstar_model_d_add(dir, name, inode);
	return inode;
}

void __lstar_model_fs_reset(void)
{
	struct model *m = current_model;
	memset(m, 0, sizeof *m);
	arena_top = 0;
	m->next_ino = 2;
	m->umask = 022;
	m->io_limit = -1;
	m->clock_ns = 1000000000L;	/* one second after boot */
	m->root = __lstar_model_new_inode(I_DIR, S_IFDIR | 0755);
	m->root->i_parent = m->root;
	m->pwd = m->root;
	mknod_at(m->root, "tmp", I_DIR, S_IFDIR | 01777, 0);
	struct inode *dev = mknod_at(m->root, "dev", I_DIR, S_IFDIR | 0755, 0);
	mknod_at(dev, "null", I_NULL, S_IFCHR | 0666, (1 << 8) | 3);
}
