#ifndef _DIRENT_H
#define _DIRENT_H
#include <lstar/types.h>

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14
#define IFTODT(m) (((m) & 0170000) >> 12)
#define DTTOIF(t) ((t) << 12)

/* The kernel's linux_dirent64, which is also glibc's struct dirent on
 * 64-bit targets: readdir hands out entries straight from the buffer. */
struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};
#define dirent64 dirent
#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_TYPE

typedef struct __lstar_dir DIR;

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
struct dirent *readdir64(DIR *d);
int readdir_r(DIR *restrict d, struct dirent *restrict e, struct dirent **restrict res);
int closedir(DIR *d);
void rewinddir(DIR *d);
void seekdir(DIR *d, long pos);
long telldir(DIR *d);
int dirfd(DIR *d);
int scandir(const char *path, struct dirent ***list,
	    int (*filter)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **a, const struct dirent **b);
#ifdef _GNU_SOURCE
int versionsort(const struct dirent **a, const struct dirent **b);
#endif
ssize_t getdents64(int fd, void *buf, size_t n);
ssize_t getdents(int fd, void *buf, size_t n);
#endif
