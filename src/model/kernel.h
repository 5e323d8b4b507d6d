/*
 * The kernel model's internal structures, named after the kernel's own.
 *
 *   fd table (current->files)  ->  struct file (f_pos, f_flags, f_count)
 *                              ->  struct inode (data, size, mode, nlink)
 *
 * A file position belongs to the open file description, so descriptors
 * made by dup share it; an inode outlives its last name while a file still
 * refers to it.  Everything is static storage or carved from a private
 * arena: the model may call lstar's pure string functions but nothing that
 * allocates, since allocation would re-enter the model's own mmap.
 */
#ifndef LSTAR_MODEL_KERNEL_H
#define LSTAR_MODEL_KERNEL_H

#include <stddef.h>
#include <lstar/types.h>
#include <lstar/syscall_nr.h>
#include <lstar/model.h>

#define __hidden __attribute__((visibility("hidden")))

/* Limits with the kernel's values where it has one. */
#define NR_OPEN		1024	/* RLIMIT_NOFILE soft limit */
#define NR_FILE		2048	/* open file descriptions, system-wide */
#define NR_INODE	1024
#define NR_DENTRY	2048
#define NAME_MAX	255
#define PATH_MAX	4096
#define PIPE_BUF_SIZE	65536	/* default pipe capacity */
#define MAX_RW_COUNT	0x7ffff000L
#define UIO_MAXIOV	1024
#define PAGE_SIZE	4096UL

#define MODEL_UID	1000
#define MODEL_GID	1000
#define MODEL_PID	4242
#define MODEL_PPID	4241
#define MODEL_DEV	0x2a

struct pt_regs {
	unsigned long di, si, dx, r10, r8, r9;
};

typedef long (*sys_call_ptr_t)(const struct pt_regs *);
extern const sys_call_ptr_t sys_call_table[__NR_syscall_max + 1] __hidden;
long sys_ni_syscall(const struct pt_regs *regs) __hidden;

enum inode_kind { I_REG, I_DIR, I_PIPE, I_EP_PIPE, I_TTY, I_NULL };

struct dentry;
struct pipe_inode_info;
struct endpoint;

struct inode {
	int in_use;
	enum inode_kind kind;
	unsigned long i_ino;
	mode_t i_mode;
	nlink_t i_nlink;
	int i_count;			/* struct files referring to it */
	unsigned char *i_data;		/* I_REG */
	size_t i_size, i_cap;
	struct dentry *i_subdirs;	/* I_DIR: children in creation order */
	struct dentry *i_dentry;	/* I_DIR: its one name (NULL for /) */
	struct inode *i_parent;		/* I_DIR */
	struct pipe_inode_info *i_pipe;	/* I_PIPE */
	struct endpoint *i_ep;		/* I_EP_PIPE, I_TTY */
	dev_t i_rdev;
	struct timespec i_mtime, i_ctime, i_atime;
};

struct dentry {
	int in_use;
	char d_name[NAME_MAX + 1];
	struct inode *d_inode;
	struct dentry *d_next;
};

struct pipe_inode_info {
	unsigned char *buf;
	size_t head, len;	/* read index and bytes held */
	int readers, writers;
};

/* The test's end of a std descriptor. */
struct endpoint {
	unsigned char *out;
	size_t out_len, out_cap;
	unsigned char *in;
	size_t in_len, in_pos;
};

#define FMODE_READ	1
#define FMODE_WRITE	2

struct file {
	int f_count;
	unsigned int f_flags;
	unsigned int f_mode;
	long f_pos;
	struct inode *f_inode;
};

struct files_struct {
	struct file *fd[NR_OPEN];
	unsigned char close_on_exec[NR_OPEN];
};

/* Everything that lstar_model_reset wipes. */
struct model {
	struct files_struct files;
	struct file file_pool[NR_FILE];
	struct inode inodes[NR_INODE];
	struct dentry dentries[NR_DENTRY];
	struct pipe_inode_info pipes[64];
	struct endpoint ep[3];
	struct inode *root, *pwd;
	unsigned long next_ino;
	mode_t umask;
	long clock_ns;		/* virtual time since boot */
	unsigned long brk_start, brk_cur;
	long io_limit;		/* short=N injection: bytes one call may move */
};

extern struct model __lstar_model __hidden;
#define current_model (&__lstar_model)

/* fs.c */
void *__lstar_model_kmalloc(size_t n) __hidden;
void __lstar_model_kfree(void *p, size_t n) __hidden;
void __lstar_model_fs_reset(void) __hidden;
struct inode *__lstar_model_new_inode(enum inode_kind kind, mode_t mode) __hidden;
void __lstar_model_iput(struct inode *inode) __hidden;
int __lstar_model_inode_reserve(struct inode *inode, size_t size) __hidden;
long __lstar_model_copy_from_user(void *dst, const void *src, size_t n) __hidden;
void __lstar_model_touch(struct inode *inode) __hidden;

/* namei.c: path walk.  Finds the parent directory of the last component. */
struct nameidata {
	struct inode *dir;		/* parent of the last component */
	char last[NAME_MAX + 1];	/* "" for "/" */
	int trailing_slash;
	struct dentry *dentry;		/* last component if it exists */
	struct inode *inode;		/* its inode (or dir itself for "/", ".") */
};
long __lstar_model_path_parent(int dfd, const char *path, struct nameidata *nd) __hidden;
long __lstar_model_path_lookup(int dfd, const char *path, struct inode **out) __hidden;
struct dentry *__lstar_model_d_lookup(struct inode *dir, const char *name) __hidden;
long __lstar_model_d_add(struct inode *dir, const char *name, struct inode *inode) __hidden;
long __lstar_model_create(struct nameidata *nd, enum inode_kind kind, mode_t mode,
			  struct inode **out) __hidden;
void __lstar_model_d_delete(struct inode *dir, struct dentry *d) __hidden;
int __lstar_model_permission(struct inode *inode, int mask) __hidden;

/* file.c */
struct file *__lstar_model_fget(int fd) __hidden;
struct file *__lstar_model_alloc_file(struct inode *inode, unsigned int flags) __hidden;
void __lstar_model_fput(struct file *f) __hidden;
long __lstar_model_fd_install(int minfd, struct file *f, int cloexec) __hidden;
long __lstar_model_close_fd(int fd) __hidden;
long __lstar_model_vfs_read(struct file *f, void *buf, size_t n, long *pos) __hidden;
long __lstar_model_vfs_write(struct file *f, const void *buf, size_t n, long *pos) __hidden;
int __lstar_model_is_seekable(const struct inode *inode) __hidden;
long __lstar_model_do_filp_open(int dfd, const char *path, int flags, mode_t mode,
				struct file **out) __hidden;
long __lstar_model_ep_append(struct endpoint *ep, const void *buf, size_t n) __hidden;

/* mm.c */
void __lstar_model_mm_reset(void) __hidden;

/* sys.c / run.c */
void __lstar_model_raise(int sig) __hidden;
int __lstar_model_deliver_signals(void) __hidden;
void __lstar_model_signal_reset(void) __hidden;
/* status as wait() reports it: (code & 0xff) << 8, or the signal number */
_Noreturn void __lstar_model_do_exit(int status) __hidden;
int __lstar_model_running(void) __hidden;
void __lstar_model_run_reset(void) __hidden;
long __lstar_model_would_block(void) __hidden;

/* trace.c */
struct lstar_model_syscall *__lstar_model_trace_enter(long raw, long nr, const long args[6]) __hidden;
void __lstar_model_trace_exit(struct lstar_model_syscall *rec, long ret, int injected) __hidden;
void __lstar_model_trace_reset(void) __hidden;
void __lstar_model_trace_note(const char *text) __hidden;
extern const char *const __lstar_model_syscall_names[__NR_syscall_max + 1] __hidden;
extern const char *const __lstar_model_syscall_types[__NR_syscall_max + 1] __hidden;

int __lstar_model_errno_parse(const char *s, size_t n) __hidden;

/* inject.c */
struct inject_result {
	int action;		/* 0 none, 1 error/retval (skip the call), 2 short */
	long value;
};
struct inject_result __lstar_model_inject_check(long nr) __hidden;
void __lstar_model_inject_reset(void) __hidden;

#define fdget_pos	__lstar_model_fget
#define fget		__lstar_model_fget
#define fput		__lstar_model_fput
#define vfs_read	__lstar_model_vfs_read
#define vfs_write	__lstar_model_vfs_write

#endif
