/*
 * The lstar functions the posix suite calls, under their hostified lstar_
 * names (tools/hostify.py).  Where lstar's structure has glibc's x86_64
 * layout (struct termios, passwd, group), glibc's type is passed, so a
 * layout difference shows up as a failed comparison.
 */
#ifndef LSTAR_POSIX_API_H
#define LSTAR_POSIX_API_H

#include <stddef.h>
#include <stdarg.h>
#include <sys/types.h>

extern int lstar_errno;

/* libgen.h / string.h */
char *lstar_dirname(char *path);
char *lstar___xpg_basename(char *path);
char *lstar_basename(const char *path);

/* err.h */
extern char *lstar_program_invocation_short_name;
void lstar_warn(const char *fmt, ...);
void lstar_warnx(const char *fmt, ...);
void lstar_vwarn(const char *fmt, va_list ap);
void lstar_vwarnx(const char *fmt, va_list ap);
_Noreturn void lstar_err(int status, const char *fmt, ...);
_Noreturn void lstar_errx(int status, const char *fmt, ...);
_Noreturn void lstar_verr(int status, const char *fmt, va_list ap);
_Noreturn void lstar_verrx(int status, const char *fmt, va_list ap);

/* sys/file.h */
int lstar_flock(int fd, int op);

/* termios.h, with glibc's struct termios (same layout) */
struct termios;
int lstar_tcgetattr(int fd, struct termios *t);
int lstar_tcsetattr(int fd, int action, const struct termios *t);
void lstar_cfmakeraw(struct termios *t);
unsigned lstar_cfgetispeed(const struct termios *t);
unsigned lstar_cfgetospeed(const struct termios *t);
int lstar_cfsetispeed(struct termios *t, unsigned speed);
int lstar_cfsetospeed(struct termios *t, unsigned speed);
int lstar_cfsetspeed(struct termios *t, unsigned speed);
int lstar_tcflush(int fd, int queue);
int lstar_tcdrain(int fd);
int lstar_tcflow(int fd, int action);
int lstar_tcsendbreak(int fd, int duration);
pid_t lstar_tcgetpgrp(int fd);
int lstar_tcsetpgrp(int fd, pid_t pgrp);
pid_t lstar_tcgetsid(int fd);

/* stdlib.h: pseudo-terminals */
int lstar_posix_openpt(int flags);
int lstar_grantpt(int fd);
int lstar_unlockpt(int fd);
char *lstar_ptsname(int fd);
int lstar_ptsname_r(int fd, char *buf, size_t len);

/* pwd.h, grp.h (glibc's layouts); FILE is lstar's, opaque here */
struct passwd;
struct group;
void *lstar_fopen(const char *path, const char *mode);
int lstar_fclose(void *f);
struct passwd *lstar_getpwnam(const char *name);
struct passwd *lstar_getpwuid(uid_t uid);
int lstar_getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **res);
int lstar_getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **res);
struct passwd *lstar_getpwent(void);
void lstar_setpwent(void);
void lstar_endpwent(void);
struct passwd *lstar_fgetpwent(void *f);
int lstar_fgetpwent_r(void *f, struct passwd *pw, char *buf, size_t size, struct passwd **res);
struct group *lstar_getgrnam(const char *name);
struct group *lstar_getgrgid(gid_t gid);
int lstar_getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **res);
int lstar_getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **res);
struct group *lstar_getgrent(void);
void lstar_setgrent(void);
void lstar_endgrent(void);
struct group *lstar_fgetgrent(void *f);
int lstar_fgetgrent_r(void *f, struct group *gr, char *buf, size_t size, struct group **res);
int lstar_getgroups(int n, gid_t *list);

/* fnmatch.h */
int lstar_fnmatch(const char *pattern, const char *string, int flags);

#endif
