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
int lstar_getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
int lstar_setgroups(size_t n, const gid_t *list);
int lstar_initgroups(const char *user, gid_t group);

/* fnmatch.h */
int lstar_fnmatch(const char *pattern, const char *string, int flags);

/* wchar.h, wctype.h, stdlib.h multibyte (glibc's mbstate_t layout) */
#include <wchar.h>
#include <wctype.h>
size_t lstar_wcslen(const wchar_t *s);
int lstar_wcscmp(const wchar_t *a, const wchar_t *b);
int lstar_wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *lstar_wcscpy(wchar_t *d, const wchar_t *s);
wchar_t *lstar_wcsncpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *lstar_wcscat(wchar_t *d, const wchar_t *s);
wchar_t *lstar_wcschr(const wchar_t *s, wchar_t c);
wchar_t *lstar_wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *lstar_wmemcpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *lstar_wmemmove(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *lstar_wmemset(wchar_t *d, wchar_t c, size_t n);
int lstar_wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *lstar_wmemchr(const wchar_t *s, wchar_t c, size_t n);
wint_t lstar_btowc(int c);
int lstar_wctob(wint_t wc);
int lstar_mbsinit(const mbstate_t *ps);
size_t lstar_mbrlen(const char *s, size_t n, mbstate_t *ps);
size_t lstar_mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps);
size_t lstar_wcrtomb(char *s, wchar_t wc, mbstate_t *ps);
size_t lstar_mbsrtowcs(wchar_t *dst, const char **src, size_t len, mbstate_t *ps);
size_t lstar_wcsrtombs(char *dst, const wchar_t **src, size_t len, mbstate_t *ps);
int lstar_mblen(const char *s, size_t n);
int lstar_mbtowc(wchar_t *pwc, const char *s, size_t n);
int lstar_wctomb(char *s, wchar_t wc);
size_t lstar_mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t lstar_wcstombs(char *dst, const wchar_t *src, size_t n);
int lstar_iswalnum(wint_t), lstar_iswalpha(wint_t), lstar_iswblank(wint_t),
	lstar_iswcntrl(wint_t), lstar_iswdigit(wint_t), lstar_iswgraph(wint_t),
	lstar_iswlower(wint_t), lstar_iswprint(wint_t), lstar_iswpunct(wint_t),
	lstar_iswspace(wint_t), lstar_iswupper(wint_t), lstar_iswxdigit(wint_t);
wint_t lstar_towlower(wint_t wc);
wint_t lstar_towupper(wint_t wc);
unsigned long lstar_wctype(const char *name);
int lstar_iswctype(wint_t wc, unsigned long type);
const int *lstar_wctrans(const char *name);
wint_t lstar_towctrans(wint_t wc, const int *t);

#endif
