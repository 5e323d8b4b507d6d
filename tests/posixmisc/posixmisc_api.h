/*
 * The lstar functions the posixmisc suite calls, under their hostified
 * lstar_ names.  lstar's FILE is opaque here; the other structures used
 * (struct stat, struct FTW, glob_t, struct tm, struct itimerval, ENTRY)
 * have glibc's x86_64 layout in lstar too, so glibc's types are passed and
 * a mismatch shows up as a failed comparison.
 */
#ifndef LSTAR_POSIXMISC_API_H
#define LSTAR_POSIXMISC_API_H

#include <stddef.h>
#include <sys/types.h>

typedef struct lstar_FILE lstar_FILE;

extern int lstar_errno;
extern char **lstar_environ;

/* stdio, for popen streams */
lstar_FILE *lstar_fopen(const char *path, const char *mode);
int lstar_fclose(lstar_FILE *f);
int lstar_fileno(lstar_FILE *f);
char *lstar_fgets(char *s, int n, lstar_FILE *f);
int lstar_fputs(const char *s, lstar_FILE *f);
int lstar_fflush(lstar_FILE *f);

/* 1. processes */
int lstar_system(const char *cmd);
lstar_FILE *lstar_popen(const char *cmd, const char *mode);
int lstar_pclose(lstar_FILE *f);

/* 5. timers, memory, confstr, getpass, rawmemchr */
struct itimerval;
int lstar_getitimer(int which, struct itimerval *cur);
int lstar_setitimer(int which, const struct itimerval *nv, struct itimerval *old);
int lstar_mlock(const void *addr, size_t len);
int lstar_munlock(const void *addr, size_t len);
int lstar_mlockall(int flags);
int lstar_munlockall(void);
int lstar_msync(void *addr, size_t len, int flags);
int lstar_madvise(void *addr, size_t len, int advice);
int lstar_posix_madvise(void *addr, size_t len, int advice);
int lstar_mincore(void *addr, size_t len, unsigned char *vec);
size_t lstar_confstr(int name, char *buf, size_t len);
char *lstar_getpass(const char *prompt);
void *lstar_rawmemchr(const void *s, int c);

#endif
