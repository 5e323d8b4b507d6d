#ifndef _FTW_H
#define _FTW_H

#include <sys/stat.h>

/* glibc's values. */
#define FTW_F 0		/* file */
#define FTW_D 1		/* directory, before its contents */
#define FTW_DNR 2	/* directory that cannot be read */
#define FTW_NS 3	/* stat failed */
#define FTW_SL 4	/* symbolic link (FTW_PHYS) */
#define FTW_DP 5	/* directory, after its contents (FTW_DEPTH) */
#define FTW_SLN 6	/* symbolic link to nothing */

#define FTW_PHYS 1	/* do not follow symbolic links */
#define FTW_MOUNT 2	/* stay on the starting file system */
#define FTW_CHDIR 4	/* chdir to each directory before reading it */
#define FTW_DEPTH 8	/* report directories after their contents */

struct FTW {
	int base;	/* offset of the last component in the path */
	int level;	/* depth below the starting point */
};

typedef int (*__ftw_func_t)(const char *path, const struct stat *st, int type);
typedef int (*__nftw_func_t)(const char *path, const struct stat *st, int type, struct FTW *ftw);

int ftw(const char *dir, __ftw_func_t fn, int fd_limit);
int nftw(const char *dir, __nftw_func_t fn, int fd_limit, int flags);

#endif
