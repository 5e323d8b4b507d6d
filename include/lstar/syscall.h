/*
 * lstar/syscall.h: the raw system call layer, header-only.
 *
 * Three layers, as in the kernel's own nolibc:
 *   __syscallN(nr, ...)   the arch's entry (syscall_arch.h): longs in, long out
 *   sys_<name>(...)       real C types, returns the kernel's value or -errno
 *   <name>(...)           the POSIX function (src/unistd/...): sets errno, -1
 *
 * This header needs nothing but the compiler's <stddef.h>, the generated
 * <lstar/syscall_nr.h> and the arch's syscall_arch.h, so an embedded project
 * can include it alone and link no library at all.  Structures are passed by
 * pointer and left incomplete here; <sys/stat.h> and friends define them.
 */
#ifndef LSTAR_SYSCALL_H
#define LSTAR_SYSCALL_H

#include <stddef.h>
#include <lstar/syscall_nr.h>
#include "syscall_arch.h"

struct stat;
struct timespec;
struct utsname;
struct iovec;
struct rusage;

#define __LSTAR_AT_FDCWD (-100)
#define __LSTAR_SIGCHLD 17

/* True when r is an error: the kernel's -errno range is exactly -4095..-1. */
static inline int __syscall_is_error(long r)
{
	return (unsigned long)r > -4096UL;
}

#define __sc(n) ((long)(n))

static inline long sys_read(int fd, void *buf, size_t n)
{ return __syscall3(__NR_read, fd, __sc(buf), __sc(n)); }
static inline long sys_write(int fd, const void *buf, size_t n)
{ return __syscall3(__NR_write, fd, __sc(buf), __sc(n)); }
static inline long sys_pread64(int fd, void *buf, size_t n, long off)
{ return __syscall4(__NR_pread64, fd, __sc(buf), __sc(n), off); }
static inline long sys_pwrite64(int fd, const void *buf, size_t n, long off)
{ return __syscall4(__NR_pwrite64, fd, __sc(buf), __sc(n), off); }
static inline long sys_readv(int fd, const struct iovec *iov, int cnt)
{ return __syscall3(__NR_readv, fd, __sc(iov), cnt); }
static inline long sys_writev(int fd, const struct iovec *iov, int cnt)
{ return __syscall3(__NR_writev, fd, __sc(iov), cnt); }
static inline long sys_openat(int dirfd, const char *path, int flags, unsigned mode)
{ return __syscall4(__NR_openat, dirfd, __sc(path), flags, mode); }
static inline long sys_close(int fd)
{ return __syscall1(__NR_close, fd); }
static inline long sys_lseek(int fd, long off, int whence)
{ return __syscall3(__NR_lseek, fd, off, whence); }
static inline long sys_dup(int fd)
{ return __syscall1(__NR_dup, fd); }
static inline long sys_dup2(int old, int new_)
{ return __syscall2(__NR_dup2, old, new_); }
static inline long sys_dup3(int old, int new_, int flags)
{ return __syscall3(__NR_dup3, old, new_, flags); }
static inline long sys_pipe2(int fds[2], int flags)
{ return __syscall2(__NR_pipe2, __sc(fds), flags); }
static inline long sys_fcntl(int fd, int cmd, long arg)
{ return __syscall3(__NR_fcntl, fd, cmd, arg); }
static inline long sys_ioctl(int fd, unsigned long req, long arg)
{ return __syscall3(__NR_ioctl, fd, __sc(req), arg); }
static inline long sys_newfstatat(int dirfd, const char *path, struct stat *st, int flags)
{ return __syscall4(__NR_newfstatat, dirfd, __sc(path), __sc(st), flags); }
static inline long sys_fstat(int fd, struct stat *st)
{ return __syscall2(__NR_fstat, fd, __sc(st)); }
static inline long sys_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{ return __syscall6(__NR_mmap, __sc(addr), __sc(len), prot, flags, fd, off); }
static inline long sys_munmap(void *addr, size_t len)
{ return __syscall2(__NR_munmap, __sc(addr), __sc(len)); }
static inline long sys_mprotect(void *addr, size_t len, int prot)
{ return __syscall3(__NR_mprotect, __sc(addr), __sc(len), prot); }
static inline long sys_brk(void *addr)
{ return __syscall1(__NR_brk, __sc(addr)); }
static inline long sys_exit(int code)
{ return __syscall1(__NR_exit, code); }
static inline long sys_exit_group(int code)
{ return __syscall1(__NR_exit_group, code); }
static inline long sys_getpid(void) { return __syscall0(__NR_getpid); }
static inline long sys_getppid(void) { return __syscall0(__NR_getppid); }
static inline long sys_gettid(void) { return __syscall0(__NR_gettid); }
static inline long sys_getuid(void) { return __syscall0(__NR_getuid); }
static inline long sys_geteuid(void) { return __syscall0(__NR_geteuid); }
static inline long sys_getgid(void) { return __syscall0(__NR_getgid); }
static inline long sys_getegid(void) { return __syscall0(__NR_getegid); }
static inline long sys_kill(int pid, int sig)
{ return __syscall2(__NR_kill, pid, sig); }
static inline long sys_faccessat(int dirfd, const char *path, int mode)
{ return __syscall3(__NR_faccessat, dirfd, __sc(path), mode); }
static inline long sys_unlinkat(int dirfd, const char *path, int flags)
{ return __syscall3(__NR_unlinkat, dirfd, __sc(path), flags); }
static inline long sys_mkdirat(int dirfd, const char *path, unsigned mode)
{ return __syscall3(__NR_mkdirat, dirfd, __sc(path), mode); }
static inline long sys_renameat(int olddir, const char *old, int newdir, const char *new_)
{ return __syscall4(__NR_renameat, olddir, __sc(old), newdir, __sc(new_)); }
static inline long sys_chdir(const char *path)
{ return __syscall1(__NR_chdir, __sc(path)); }
static inline long sys_getcwd(char *buf, size_t size)
{ return __syscall2(__NR_getcwd, __sc(buf), __sc(size)); }
static inline long sys_clone(unsigned long flags, void *stack, int *ptid, int *ctid, unsigned long tls)
{ return __syscall5(__NR_clone, __sc(flags), __sc(stack), __sc(ptid), __sc(ctid), __sc(tls)); }
static inline long sys_fork(void)
{ return sys_clone(__LSTAR_SIGCHLD, 0, 0, 0, 0); }
static inline long sys_execve(const char *path, char *const argv[], char *const envp[])
{ return __syscall3(__NR_execve, __sc(path), __sc(argv), __sc(envp)); }
static inline long sys_wait4(int pid, int *status, int options, struct rusage *ru)
{ return __syscall4(__NR_wait4, pid, __sc(status), options, __sc(ru)); }
static inline long sys_nanosleep(const struct timespec *req, struct timespec *rem)
{ return __syscall2(__NR_nanosleep, __sc(req), __sc(rem)); }
static inline long sys_clock_gettime(int clk, struct timespec *ts)
{ return __syscall2(__NR_clock_gettime, clk, __sc(ts)); }
static inline long sys_uname(struct utsname *u)
{ return __syscall1(__NR_uname, __sc(u)); }

/* Used by libc-core: abort, malloc, mkstemp, realpath. */
static inline long sys_rt_sigprocmask(int how, const void *set, void *old, size_t sz)
{ return __syscall4(__NR_rt_sigprocmask, how, __sc(set), __sc(old), __sc(sz)); }
static inline long sys_rt_sigaction(int sig, const void *act, void *old, size_t sz)
{ return __syscall4(__NR_rt_sigaction, sig, __sc(act), __sc(old), __sc(sz)); }
static inline long sys_tgkill(int tgid, int tid, int sig)
{ return __syscall3(__NR_tgkill, tgid, tid, sig); }
static inline long sys_madvise(void *addr, size_t len, int advice)
{ return __syscall3(__NR_madvise, __sc(addr), __sc(len), advice); }
static inline long sys_mremap(void *old, size_t oldlen, size_t newlen, int flags, void *newaddr)
{ return __syscall5(__NR_mremap, __sc(old), __sc(oldlen), __sc(newlen), flags, __sc(newaddr)); }
static inline long sys_getrandom(void *buf, size_t n, unsigned flags)
{ return __syscall3(__NR_getrandom, __sc(buf), __sc(n), flags); }
static inline long sys_readlinkat(int dirfd, const char *path, char *buf, size_t n)
{ return __syscall4(__NR_readlinkat, dirfd, __sc(path), __sc(buf), __sc(n)); }

#undef __sc

#endif
