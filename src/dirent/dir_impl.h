/*
 * DIR: a file descriptor and a buffer of raw linux_dirent64 records, which
 * readdir hands out in place (struct dirent has the same layout).
 *
 * The DIR lives in its own anonymous mapping (one mmap per opendir,
 * munmap at closedir) rather than in malloc: the directory code then links
 * into programs without an allocator, and the buffer is page-aligned
 * memory the kernel fills directly.  32 KiB as in glibc: a typical
 * directory is read in one getdents64.
 */
#ifndef LSTAR_DIR_IMPL_H
#define LSTAR_DIR_IMPL_H
#include <dirent.h>
#include "libc.h"

#define __LSTAR_DIR_SIZE 32768

struct __lstar_dir {
	int fd;
	size_t pos, end;	/* next record and end of valid bytes in buf */
	long tell;		/* d_off of the last record returned */
	char buf[] __attribute__((aligned(8)));
};

#define __LSTAR_DIR_BUF (__LSTAR_DIR_SIZE - sizeof(struct __lstar_dir))

DIR *__lstar_dir_new(int fd) __hidden;
#endif
