#ifndef _SYS_FILE_H
#define _SYS_FILE_H
/* BSD advisory whole-file locks (flock(2)): held by the open file
 * description, so dup'ed and inherited descriptors share one lock. */
#include <fcntl.h>

#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8

/* Old BSD names for the lseek whence values. */
#define L_SET 0
#define L_INCR 1
#define L_XTND 2

int flock(int fd, int op);
#endif
