#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H
#include <lstar/types.h>
#include <lstar/sigset.h>

#define FD_SETSIZE 1024
typedef struct { unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))]; } fd_set;
#define __LSTAR_FDBITS (8 * sizeof(unsigned long))
#define FD_ZERO(s) do { for (unsigned __i = 0; __i < FD_SETSIZE / __LSTAR_FDBITS; __i++) \
	(s)->fds_bits[__i] = 0; } while (0)
#define FD_SET(d, s) ((s)->fds_bits[(d) / __LSTAR_FDBITS] |= 1UL << ((d) % __LSTAR_FDBITS))
#define FD_CLR(d, s) ((s)->fds_bits[(d) / __LSTAR_FDBITS] &= ~(1UL << ((d) % __LSTAR_FDBITS)))
#define FD_ISSET(d, s) (!!((s)->fds_bits[(d) / __LSTAR_FDBITS] & (1UL << ((d) % __LSTAR_FDBITS))))

struct timeval;
int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e, struct timeval *restrict tv);
int pselect(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	    const struct timespec *restrict ts, const __lstar_sigset_t *restrict mask);
#endif
