/* Basic system types for x86_64 Linux (LP64), shared by the public headers. */
#ifndef LSTAR_TYPES_H
#define LSTAR_TYPES_H

#include <stddef.h>

typedef long ssize_t;
typedef long off_t;
typedef long off64_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef long suseconds_t;
typedef unsigned useconds_t;
typedef int clockid_t;
typedef long clock_t;
typedef int id_t;
typedef unsigned socklen_t;
typedef unsigned long fsblkcnt_t;
typedef unsigned long fsfilcnt_t;
typedef int key_t;
typedef void *timer_t;

#ifndef __lstar_timespec_defined
#define __lstar_timespec_defined
struct timespec { time_t tv_sec; long tv_nsec; };
#endif

#endif
