/*
 * lstar's functions as a hosted test sees them.  tools/hostify.py renames
 * every symbol lstar defines to lstar_<name>, so a cmocka runner (a glibc
 * program) can hold both libraries: glibc's read() and lstar's lstar_read()
 * are different functions, and each keeps its own errno.  Structures are
 * lstar's own layouts, so they are passed here as opaque pointers or
 * declared under lstar_ names.
 */
#ifndef LSTAR_TEST_API_H
#define LSTAR_TEST_API_H

#include <stddef.h>
#include <sys/types.h>

extern int lstar_errno;

long lstar_syscall(long nr, ...);
ssize_t lstar_read(int fd, void *buf, size_t n);
ssize_t lstar_write(int fd, const void *buf, size_t n);
ssize_t lstar_pread(int fd, void *buf, size_t n, off_t off);
ssize_t lstar_pwrite(int fd, const void *buf, size_t n, off_t off);
ssize_t lstar_readv(int fd, const void *iov, int cnt);
ssize_t lstar_writev(int fd, const void *iov, int cnt);
int lstar_open(const char *path, int flags, ...);
int lstar_openat(int dirfd, const char *path, int flags, ...);
int lstar_creat(const char *path, mode_t mode);
int lstar_close(int fd);
off_t lstar_lseek(int fd, off_t off, int whence);
int lstar_dup(int fd);
int lstar_dup2(int old, int new_);
int lstar_dup3(int old, int new_, int flags);
int lstar_pipe(int *fds);
int lstar_pipe2(int *fds, int flags);
int lstar_fcntl(int fd, int cmd, ...);
int lstar_ioctl(int fd, unsigned long req, ...);
int lstar_stat(const char *path, void *st);
int lstar_lstat(const char *path, void *st);
int lstar_fstat(int fd, void *st);
int lstar_fstatat(int dirfd, const char *path, void *st, int flags);
int lstar_access(const char *path, int mode);
int lstar_faccessat(int dirfd, const char *path, int mode, int flags);
int lstar_unlink(const char *path);
int lstar_unlinkat(int dirfd, const char *path, int flags);
int lstar_rmdir(const char *path);
int lstar_mkdir(const char *path, mode_t mode);
int lstar_mkdirat(int dirfd, const char *path, mode_t mode);
int lstar_rename(const char *old, const char *new_);
int lstar_renameat(int od, const char *old, int nd, const char *new_);
int lstar_chdir(const char *path);
char *lstar_getcwd(char *buf, size_t size);
int lstar_isatty(int fd);
void *lstar_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int lstar_munmap(void *addr, size_t len);
int lstar_mprotect(void *addr, size_t len, int prot);
void *lstar_sbrk(long inc);
pid_t lstar_getpid(void);
pid_t lstar_getppid(void);
pid_t lstar_gettid(void);
uid_t lstar_getuid(void);
uid_t lstar_geteuid(void);
gid_t lstar_getgid(void);
gid_t lstar_getegid(void);
int lstar_kill(pid_t pid, int sig);
pid_t lstar_fork(void);
int lstar_execve(const char *path, char *const argv[], char *const envp[]);
pid_t lstar_wait4(pid_t pid, int *status, int options, void *ru);
pid_t lstar_waitpid(pid_t pid, int *status, int options);
pid_t lstar_wait(int *status);
int lstar_nanosleep(const void *req, void *rem);
int lstar_clock_gettime(int clk, void *ts);
int lstar_uname(void *u);
char *lstar_strerror(int e);
unsigned long lstar_getauxval(unsigned long type);

/* lstar's struct stat has the kernel's x86_64 layout, as glibc's does. */
#include <sys/stat.h>
typedef struct stat lstar_stat_t;

#endif
