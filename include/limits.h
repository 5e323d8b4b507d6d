/* limits.h for x86_64 Linux. */
#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX 255
#else
#define CHAR_MIN (-128)
#define CHAR_MAX 127
#endif
#define MB_LEN_MAX 4
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647-1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MIN (-9223372036854775807L-1)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MIN (-9223372036854775807LL-1)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL
#define SSIZE_MAX LONG_MAX
#define LONG_BIT 64
#define WORD_BIT 32

/* Linux's limits (linux/limits.h). */
#define NAME_MAX 255
#define PATH_MAX 4096
#define PIPE_BUF 4096
#define ARG_MAX 131072
#define NGROUPS_MAX 65536
#define LINK_MAX 127
#define MAX_CANON 255
#define MAX_INPUT 255
#define XATTR_NAME_MAX 255
#define XATTR_SIZE_MAX 65536
#define RTSIG_MAX 32
#define IOV_MAX 1024
#define PAGESIZE 4096
#define PAGE_SIZE 4096
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
#define FILESIZEBITS 64
#define NZERO 20
#define ATEXIT_MAX 32
/* printf's highest %n$ (docs/printf.md): glibc's value. */
#define NL_ARGMAX 4096
#define _POSIX_PATH_MAX 256
#define _POSIX_NAME_MAX 14
#define _POSIX_PIPE_BUF 512
#define _POSIX_ARG_MAX 4096
#define _POSIX_OPEN_MAX 20
#define _POSIX_SSIZE_MAX 32767
#define _POSIX2_LINE_MAX 2048
#define LINE_MAX 2048
#define CHARCLASS_NAME_MAX 14
#define COLL_WEIGHTS_MAX 2
#define EXPR_NEST_MAX 32
#define BC_BASE_MAX 99
#define BC_DIM_MAX 2048
#define BC_SCALE_MAX 99
#define BC_STRING_MAX 1000
#define RE_DUP_MAX 255

#endif
