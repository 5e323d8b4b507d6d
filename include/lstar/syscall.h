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
struct rlimit;
struct pollfd;
struct timeval;
struct timezone;
struct tms;
struct statx;
struct statfs;
struct sigaltstack;
struct __lstar_k_sigaction;
struct __lstar_siginfo;
struct __lstar_sched_param;
struct sockaddr;
struct msghdr;
struct mmsghdr;

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

/* Process control, ids, sessions. */
static inline long sys_vfork(void) { return __syscall0(__NR_vfork); }
static inline long sys_execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags)
{ return __syscall5(__NR_execveat, dirfd, __sc(path), __sc(argv), __sc(envp), flags); }
static inline long sys_waitid(int idtype, int id, struct __lstar_siginfo *info, int options, struct rusage *ru)
{ return __syscall5(__NR_waitid, idtype, id, __sc(info), options, __sc(ru)); }
static inline long sys_getpgid(int pid) { return __syscall1(__NR_getpgid, pid); }
static inline long sys_setpgid(int pid, int pgid) { return __syscall2(__NR_setpgid, pid, pgid); }
static inline long sys_setsid(void) { return __syscall0(__NR_setsid); }
static inline long sys_getsid(int pid) { return __syscall1(__NR_getsid, pid); }
static inline long sys_setuid(unsigned uid) { return __syscall1(__NR_setuid, uid); }
static inline long sys_setgid(unsigned gid) { return __syscall1(__NR_setgid, gid); }
static inline long sys_setreuid(unsigned r, unsigned e) { return __syscall2(__NR_setreuid, r, e); }
static inline long sys_setregid(unsigned r, unsigned e) { return __syscall2(__NR_setregid, r, e); }
static inline long sys_setresuid(unsigned r, unsigned e, unsigned s) { return __syscall3(__NR_setresuid, r, e, s); }
static inline long sys_setresgid(unsigned r, unsigned e, unsigned s) { return __syscall3(__NR_setresgid, r, e, s); }
static inline long sys_getresuid(unsigned *r, unsigned *e, unsigned *s)
{ return __syscall3(__NR_getresuid, __sc(r), __sc(e), __sc(s)); }
static inline long sys_getresgid(unsigned *r, unsigned *e, unsigned *s)
{ return __syscall3(__NR_getresgid, __sc(r), __sc(e), __sc(s)); }
static inline long sys_getgroups(int n, unsigned *list) { return __syscall2(__NR_getgroups, n, __sc(list)); }
static inline long sys_setgroups(size_t n, const unsigned *list) { return __syscall2(__NR_setgroups, __sc(n), __sc(list)); }
static inline long sys_prlimit64(int pid, int res, const struct rlimit *nw, struct rlimit *old)
{ return __syscall4(__NR_prlimit64, pid, res, __sc(nw), __sc(old)); }
static inline long sys_getrlimit(int res, struct rlimit *rl)
{ return __syscall2(__NR_getrlimit, res, __sc(rl)); }
static inline long sys_setrlimit(int res, const struct rlimit *rl)
{ return __syscall2(__NR_setrlimit, res, __sc(rl)); }
static inline long sys_getrusage(int who, struct rusage *ru) { return __syscall2(__NR_getrusage, who, __sc(ru)); }
static inline long sys_getpriority(int which, int who) { return __syscall2(__NR_getpriority, which, who); }
static inline long sys_setpriority(int which, int who, int prio) { return __syscall3(__NR_setpriority, which, who, prio); }
static inline long sys_umask(unsigned mask) { return __syscall1(__NR_umask, mask); }
static inline long sys_prctl(int op, unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)
{ return __syscall5(__NR_prctl, op, __sc(a2), __sc(a3), __sc(a4), __sc(a5)); }
static inline long sys_sched_yield(void) { return __syscall0(__NR_sched_yield); }
static inline long sys_sched_getaffinity(int pid, size_t size, void *mask)
{ return __syscall3(__NR_sched_getaffinity, pid, __sc(size), __sc(mask)); }
static inline long sys_reboot(int m1, int m2, int cmd, void *arg)
{ return __syscall4(__NR_reboot, m1, m2, cmd, __sc(arg)); }
static inline long sys_sched_setaffinity(int pid, size_t size, const void *mask)
{ return __syscall3(__NR_sched_setaffinity, pid, __sc(size), __sc(mask)); }

/* Files and directories. */
static inline long sys_fchmodat(int dirfd, const char *path, unsigned mode)
{ return __syscall3(__NR_fchmodat, dirfd, __sc(path), mode); }
static inline long sys_fchmod(int fd, unsigned mode) { return __syscall2(__NR_fchmod, fd, mode); }
static inline long sys_fchownat(int dirfd, const char *path, unsigned uid, unsigned gid, int flags)
{ return __syscall5(__NR_fchownat, dirfd, __sc(path), uid, gid, flags); }
static inline long sys_fchown(int fd, unsigned uid, unsigned gid) { return __syscall3(__NR_fchown, fd, uid, gid); }
static inline long sys_linkat(int od, const char *old, int nd, const char *new_, int flags)
{ return __syscall5(__NR_linkat, od, __sc(old), nd, __sc(new_), flags); }
static inline long sys_symlinkat(const char *target, int dirfd, const char *path)
{ return __syscall3(__NR_symlinkat, __sc(target), dirfd, __sc(path)); }
static inline long sys_mknodat(int dirfd, const char *path, unsigned mode, unsigned long dev)
{ return __syscall4(__NR_mknodat, dirfd, __sc(path), mode, __sc(dev)); }
static inline long sys_chroot(const char *path) { return __syscall1(__NR_chroot, __sc(path)); }
static inline long sys_truncate(const char *path, long len) { return __syscall2(__NR_truncate, __sc(path), len); }
static inline long sys_ftruncate(int fd, long len) { return __syscall2(__NR_ftruncate, fd, len); }
static inline long sys_fsync(int fd) { return __syscall1(__NR_fsync, fd); }
static inline long sys_fdatasync(int fd) { return __syscall1(__NR_fdatasync, fd); }
static inline long sys_flock(int fd, int op) { return __syscall2(__NR_flock, fd, op); }
static inline long sys_sync(void) { return __syscall0(__NR_sync); }
static inline long sys_statfs(const char *path, struct statfs *buf)
{ return __syscall2(__NR_statfs, __sc(path), __sc(buf)); }
static inline long sys_fstatfs(int fd, struct statfs *buf)
{ return __syscall2(__NR_fstatfs, fd, __sc(buf)); }
static inline long sys_fchdir(int fd) { return __syscall1(__NR_fchdir, fd); }
static inline long sys_getdents64(int fd, void *buf, size_t n)
{ return __syscall3(__NR_getdents64, fd, __sc(buf), __sc(n)); }
static inline long sys_statx(int dirfd, const char *path, int flags, unsigned mask, struct statx *stx)
{ return __syscall5(__NR_statx, dirfd, __sc(path), flags, mask, __sc(stx)); }
static inline long sys_utimensat(int dirfd, const char *path, const struct timespec *ts, int flags)
{ return __syscall4(__NR_utimensat, dirfd, __sc(path), __sc(ts), flags); }
static inline long sys_mount(const char *src, const char *dst, const char *type, unsigned long flags, const void *data)
{ return __syscall5(__NR_mount, __sc(src), __sc(dst), __sc(type), __sc(flags), __sc(data)); }
static inline long sys_umount2(const char *path, int flags) { return __syscall2(__NR_umount2, __sc(path), flags); }
static inline long sys_sethostname(const char *name, size_t n)
{ return __syscall2(__NR_sethostname, __sc(name), __sc(n)); }

/* Polling and sleeping. */
static inline long sys_poll(struct pollfd *fds, unsigned long n, int timeout)
{ return __syscall3(__NR_poll, __sc(fds), __sc(n), timeout); }
static inline long sys_ppoll(struct pollfd *fds, unsigned long n, const struct timespec *ts, const void *mask, size_t masksz)
{ return __syscall5(__NR_ppoll, __sc(fds), __sc(n), __sc(ts), __sc(mask), __sc(masksz)); }
static inline long sys_pselect6(int n, void *r, void *w, void *e, struct timespec *ts, void *data)
{ return __syscall6(__NR_pselect6, n, __sc(r), __sc(w), __sc(e), __sc(ts), __sc(data)); }
static inline long sys_select(int n, void *r, void *w, void *e, struct timeval *tv)
{ return __syscall5(__NR_select, n, __sc(r), __sc(w), __sc(e), __sc(tv)); }
static inline long sys_alarm(unsigned s) { return __syscall1(__NR_alarm, s); }
static inline long sys_pause(void) { return __syscall0(__NR_pause); }

/* Time. */
static inline long sys_clock_getres(int clk, struct timespec *ts)
{ return __syscall2(__NR_clock_getres, clk, __sc(ts)); }
static inline long sys_clock_nanosleep(int clk, int flags, const struct timespec *req, struct timespec *rem)
{ return __syscall4(__NR_clock_nanosleep, clk, flags, __sc(req), __sc(rem)); }
static inline long sys_gettimeofday(struct timeval *tv, struct timezone *tz)
{ return __syscall2(__NR_gettimeofday, __sc(tv), __sc(tz)); }
static inline long sys_times(struct tms *t) { return __syscall1(__NR_times, __sc(t)); }

/* Signals.  The kernel's sigset is _NSIG/8 = 8 bytes, whatever the size of
 * the C library's sigset_t: pass __LSTAR_KSIGSET_SIZE as the size to
 * sys_rt_sigprocmask and sys_rt_sigaction. */
#define __LSTAR_KSIGSET_SIZE 8
static inline long sys_rt_sigsuspend(const void *mask)
{ return __syscall2(__NR_rt_sigsuspend, __sc(mask), __LSTAR_KSIGSET_SIZE); }
static inline long sys_rt_sigpending(void *set)
{ return __syscall2(__NR_rt_sigpending, __sc(set), __LSTAR_KSIGSET_SIZE); }
static inline long sys_sigaltstack(const struct sigaltstack *ss, struct sigaltstack *old)
{ return __syscall2(__NR_sigaltstack, __sc(ss), __sc(old)); }
/* Used by libc-core: abort, malloc, mkstemp, realpath. */
static inline long sys_rt_sigprocmask(int how, const void *set, void *old, size_t sz)
{ return __syscall4(__NR_rt_sigprocmask, how, __sc(set), __sc(old), __sc(sz)); }
static inline long sys_rt_sigaction(int sig, const void *act, void *old, size_t sz)
{ return __syscall4(__NR_rt_sigaction, sig, __sc(act), __sc(old), __sc(sz)); }
static inline long sys_tgkill(int tgid, int tid, int sig)
{ return __syscall3(__NR_tgkill, tgid, tid, sig); }
static inline long sys_tkill(int tid, int sig)
{ return __syscall2(__NR_tkill, tid, sig); }
static inline long sys_pidfd_send_signal(int pidfd, int sig, void *info, unsigned flags)
{ return __syscall4(__NR_pidfd_send_signal, pidfd, sig, __sc(info), flags); }
static inline long sys_madvise(void *addr, size_t len, int advice)
{ return __syscall3(__NR_madvise, __sc(addr), __sc(len), advice); }
static inline long sys_mremap(void *old, size_t oldlen, size_t newlen, int flags, void *newaddr)
{ return __syscall5(__NR_mremap, __sc(old), __sc(oldlen), __sc(newlen), flags, __sc(newaddr)); }
static inline long sys_getrandom(void *buf, size_t n, unsigned flags)
{ return __syscall3(__NR_getrandom, __sc(buf), __sc(n), flags); }
static inline long sys_readlinkat(int dirfd, const char *path, char *buf, size_t n)
{ return __syscall4(__NR_readlinkat, dirfd, __sc(path), __sc(buf), __sc(n)); }

/* Sockets.  Address lengths are socklen_t (unsigned int) in the ABI. */
static inline long sys_socket(int domain, int type, int proto)
{ return __syscall3(__NR_socket, domain, type, proto); }
static inline long sys_socketpair(int domain, int type, int proto, int sv[2])
{ return __syscall4(__NR_socketpair, domain, type, proto, __sc(sv)); }
static inline long sys_bind(int fd, const struct sockaddr *sa, unsigned len)
{ return __syscall3(__NR_bind, fd, __sc(sa), len); }
static inline long sys_listen(int fd, int backlog)
{ return __syscall2(__NR_listen, fd, backlog); }
static inline long sys_accept(int fd, struct sockaddr *sa, unsigned *len)
{ return __syscall3(__NR_accept, fd, __sc(sa), __sc(len)); }
static inline long sys_accept4(int fd, struct sockaddr *sa, unsigned *len, int flags)
{ return __syscall4(__NR_accept4, fd, __sc(sa), __sc(len), flags); }
static inline long sys_connect(int fd, const struct sockaddr *sa, unsigned len)
{ return __syscall3(__NR_connect, fd, __sc(sa), len); }
static inline long sys_getsockname(int fd, struct sockaddr *sa, unsigned *len)
{ return __syscall3(__NR_getsockname, fd, __sc(sa), __sc(len)); }
static inline long sys_getpeername(int fd, struct sockaddr *sa, unsigned *len)
{ return __syscall3(__NR_getpeername, fd, __sc(sa), __sc(len)); }
static inline long sys_sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *sa, unsigned len)
{ return __syscall6(__NR_sendto, fd, __sc(buf), __sc(n), flags, __sc(sa), len); }
static inline long sys_recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *sa, unsigned *len)
{ return __syscall6(__NR_recvfrom, fd, __sc(buf), __sc(n), flags, __sc(sa), __sc(len)); }
static inline long sys_sendmsg(int fd, const struct msghdr *msg, int flags)
{ return __syscall3(__NR_sendmsg, fd, __sc(msg), flags); }
static inline long sys_recvmsg(int fd, struct msghdr *msg, int flags)
{ return __syscall3(__NR_recvmsg, fd, __sc(msg), flags); }
static inline long sys_sendmmsg(int fd, struct mmsghdr *vec, unsigned n, int flags)
{ return __syscall4(__NR_sendmmsg, fd, __sc(vec), n, flags); }
static inline long sys_recvmmsg(int fd, struct mmsghdr *vec, unsigned n, int flags, struct timespec *timeout)
{ return __syscall5(__NR_recvmmsg, fd, __sc(vec), n, flags, __sc(timeout)); }
static inline long sys_setsockopt(int fd, int level, int name, const void *val, unsigned len)
{ return __syscall5(__NR_setsockopt, fd, level, name, __sc(val), len); }
static inline long sys_getsockopt(int fd, int level, int name, void *val, unsigned *len)
{ return __syscall5(__NR_getsockopt, fd, level, name, __sc(val), __sc(len)); }
static inline long sys_shutdown(int fd, int how)
{ return __syscall2(__NR_shutdown, fd, how); }

/* Used by the posixmisc functions: timers and memory locks. */
static inline long sys_getitimer(int which, void *cur)
{ return __syscall2(__NR_getitimer, which, __sc(cur)); }
static inline long sys_setitimer(int which, const void *nv, void *old)
{ return __syscall3(__NR_setitimer, which, __sc(nv), __sc(old)); }
static inline long sys_mlock(const void *addr, size_t len)
{ return __syscall2(__NR_mlock, __sc(addr), __sc(len)); }
static inline long sys_munlock(const void *addr, size_t len)
{ return __syscall2(__NR_munlock, __sc(addr), __sc(len)); }
static inline long sys_mlockall(int flags) { return __syscall1(__NR_mlockall, flags); }
static inline long sys_munlockall(void) { return __syscall0(__NR_munlockall); }
static inline long sys_msync(void *addr, size_t len, int flags)
{ return __syscall3(__NR_msync, __sc(addr), __sc(len), flags); }
static inline long sys_mincore(void *addr, size_t len, unsigned char *vec)
{ return __syscall3(__NR_mincore, __sc(addr), __sc(len), __sc(vec)); }

#undef __sc

#endif
