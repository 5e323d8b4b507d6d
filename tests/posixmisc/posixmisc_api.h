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

/* 2. ftw, nftw (glibc's struct FTW and flag values) */
#include <ftw.h>
int lstar_ftw(const char *dir, __ftw_func_t fn, int fd_limit);
int lstar_nftw(const char *dir, __nftw_func_t fn, int fd_limit, int flags);

/* 3. glob (glibc's glob_t layout and flag values) */
#include <glob.h>
int lstar_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g);
void lstar_globfree(glob_t *g);

/* 4. strptime (glibc's struct tm layout) */
struct tm;
char *lstar_strptime(const char *s, const char *fmt, struct tm *tm);

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

/* 6. <search.h> (glibc's ENTRY, ACTION, VISIT, struct hsearch_data) */
#include <search.h>
void *lstar_tsearch(const void *key, void **rootp, __compar_fn_t compar);
void *lstar_tfind(const void *key, void *const *rootp, __compar_fn_t compar);
void *lstar_tdelete(const void *key, void **rootp, __compar_fn_t compar);
void lstar_twalk(const void *root, __action_fn_t action);
void lstar_tdestroy(void *root, __free_fn_t freefn);
void *lstar_lfind(const void *key, const void *base, size_t *nmemb, size_t size, __compar_fn_t compar);
void *lstar_lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar);
int lstar_hcreate(size_t nel);
void lstar_hdestroy(void);
ENTRY *lstar_hsearch(ENTRY item, ACTION action);
int lstar_hcreate_r(size_t nel, struct hsearch_data *htab);
void lstar_hdestroy_r(struct hsearch_data *htab);
int lstar_hsearch_r(ENTRY item, ACTION action, ENTRY **ret, struct hsearch_data *htab);
void lstar_insque(void *elem, void *prev);
void lstar_remque(void *elem);

#endif
