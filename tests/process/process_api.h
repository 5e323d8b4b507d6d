/*
 * The lstar functions the process suites call, under their hostified
 * lstar_ names.  lstar keeps glibc's x86_64 layouts for the structures used
 * here (struct tm, timespec, sigaction, sigset_t, siginfo_t, dirent, stat,
 * rlimit, flock, option), so glibc's own types are passed: a layout
 * mismatch would show up as a failed comparison.
 */
#ifndef LSTAR_PROCESS_API_H
#define LSTAR_PROCESS_API_H

#include <stddef.h>
#include <dirent.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <utime.h>

extern int lstar_errno;
extern char **lstar_environ;
extern char *lstar_optarg;
extern int lstar_optind, lstar_opterr, lstar_optopt;

/* time */
int lstar_clock_gettime(clockid_t clk, struct timespec *ts);
int lstar_clock_getres(clockid_t clk, struct timespec *ts);
int lstar_clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem);
int lstar_gettimeofday(struct timeval *tv, void *tz);
time_t lstar_time(time_t *t);
clock_t lstar_clock(void);
int lstar_timespec_get(struct timespec *ts, int base);
struct tm *lstar_gmtime_r(const time_t *t, struct tm *tm);
struct tm *lstar_gmtime(const time_t *t);
struct tm *lstar_localtime_r(const time_t *t, struct tm *tm);
time_t lstar_mktime(struct tm *tm);
time_t lstar_timegm(struct tm *tm);
size_t lstar_strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
char *lstar_asctime_r(const struct tm *tm, char *buf);
char *lstar_ctime_r(const time_t *t, char *buf);
double lstar_difftime(time_t a, time_t b);

/* signals */
int lstar_sigaction(int sig, const struct sigaction *act, struct sigaction *old);
void (*lstar_signal(int sig, void (*h)(int)))(int);
int lstar_raise(int sig);
int lstar_kill(pid_t pid, int sig);
int lstar_killpg(pid_t pg, int sig);
int lstar_sigprocmask(int how, const sigset_t *set, sigset_t *old);
int lstar_sigemptyset(sigset_t *set);
int lstar_sigfillset(sigset_t *set);
int lstar_sigaddset(sigset_t *set, int sig);
int lstar_sigdelset(sigset_t *set, int sig);
int lstar_sigismember(const sigset_t *set, int sig);
int lstar_sigpending(sigset_t *set);
int lstar_sigaltstack(const stack_t *ss, stack_t *old);

/* process */
pid_t lstar_fork(void);
int lstar_waitid(idtype_t t, id_t id, siginfo_t *info, int options);
pid_t lstar_waitpid(pid_t pid, int *status, int options);
pid_t lstar_getpgid(pid_t pid);
pid_t lstar_getpgrp(void);
pid_t lstar_getsid(pid_t pid);
int lstar_setpgid(pid_t pid, pid_t pgid);
int lstar_getrlimit(int res, struct rlimit *rl);
int lstar_setrlimit(int res, const struct rlimit *rl);
int lstar_prlimit(pid_t pid, int res, const struct rlimit *nw, struct rlimit *old);
int lstar_getrusage(int who, struct rusage *ru);
int lstar_getresuid(uid_t *r, uid_t *e, uid_t *s);
int lstar_getgroups(int n, gid_t *list);
int lstar_getpriority(int which, id_t who);
long lstar_sysconf(int name);
long lstar_pathconf(const char *path, int name);
long lstar_fpathconf(int fd, int name);
int lstar_getpagesize(void);
int lstar_gethostname(char *name, size_t len);
int lstar_sched_getaffinity(pid_t pid, size_t size, void *set);
int lstar_sched_yield(void);
int lstar_prctl(int op, ...);
int lstar_getentropy(void *buf, size_t len);
ssize_t lstar_getrandom(void *buf, size_t n, unsigned flags);
unsigned lstar_alarm(unsigned s);
mode_t lstar_umask(mode_t m);
int lstar_usleep(unsigned us);
char *lstar_ttyname(int fd);
int lstar_ttyname_r(int fd, char *buf, size_t len);
char *lstar_getlogin(void);
int lstar_getlogin_r(char *name, size_t size);
int lstar_execve(const char *path, char *const argv[], char *const envp[]);
int lstar_execvp(const char *file, char *const argv[]);

/* files */
int lstar_chmod(const char *path, mode_t mode);
int lstar_fchmod(int fd, mode_t mode);
int lstar_fchmodat(int dirfd, const char *path, mode_t mode, int flags);
int lstar_chown(const char *path, uid_t uid, gid_t gid);
int lstar_fchown(int fd, uid_t uid, gid_t gid);
int lstar_lchown(const char *path, uid_t uid, gid_t gid);
int lstar_link(const char *a, const char *b);
int lstar_linkat(int ad, const char *a, int bd, const char *b, int flags);
int lstar_symlink(const char *a, const char *b);
ssize_t lstar_readlink(const char *path, char *buf, size_t n);
int lstar_mknod(const char *path, mode_t mode, dev_t dev);
int lstar_mkfifo(const char *path, mode_t mode);
int lstar_truncate(const char *path, off_t len);
int lstar_ftruncate(int fd, off_t len);
int lstar_fsync(int fd);
int lstar_fdatasync(int fd);
int lstar_fchdir(int fd);
int lstar_statx(int dirfd, const char *path, int flags, unsigned mask, void *stx);
int lstar_utimensat(int dirfd, const char *path, const struct timespec t[2], int flags);
int lstar_futimens(int fd, const struct timespec t[2]);
int lstar_utime(const char *path, const struct utimbuf *t);
int lstar_utimes(const char *path, const struct timeval t[2]);
int lstar_fcntl(int fd, int cmd, ...);
int lstar_lockf(int fd, int cmd, off_t len);
int lstar_poll(struct pollfd *fds, nfds_t n, int timeout);
int lstar_ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask);
int lstar_select(int n, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv);
int lstar_pselect(int n, fd_set *r, fd_set *w, fd_set *e, const struct timespec *ts, const sigset_t *mask);

/* dirent */
typedef struct lstar_dir LSTAR_DIR;
LSTAR_DIR *lstar_opendir(const char *path);
LSTAR_DIR *lstar_fdopendir(int fd);
struct dirent *lstar_readdir(LSTAR_DIR *d);
int lstar_readdir_r(LSTAR_DIR *d, struct dirent *e, struct dirent **res);
int lstar_closedir(LSTAR_DIR *d);
void lstar_rewinddir(LSTAR_DIR *d);
void lstar_seekdir(LSTAR_DIR *d, long pos);
long lstar_telldir(LSTAR_DIR *d);
int lstar_dirfd(LSTAR_DIR *d);
int lstar_alphasort(const struct dirent **a, const struct dirent **b);
int lstar_versionsort(const struct dirent **a, const struct dirent **b);
int lstar_scandir(const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
		  int (*cmp)(const struct dirent **, const struct dirent **));
void lstar_free(void *p);
ssize_t lstar_getdents64(int fd, void *buf, size_t n);
clock_t lstar_times(void *t);
int lstar_sigsuspend(const sigset_t *mask);

/* getopt */
int lstar_getopt(int argc, char *const argv[], const char *optstring);
int lstar_getopt_long(int argc, char *const argv[], const char *optstring,
		      const struct option *longopts, int *longindex);
int lstar_getopt_long_only(int argc, char *const argv[], const char *optstring,
			   const struct option *longopts, int *longindex);

/* locale */
char *lstar_setlocale(int category, const char *locale);
struct lconv *lstar_localeconv(void);
char *lstar_nl_langinfo(int item);

#endif
