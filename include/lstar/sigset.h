/* sigset_t's layout, shared by <signal.h> and <setjmp.h>.  1024 bits (128
 * bytes) as in glibc, so structures embedding it keep glibc's ABI; the
 * kernel is only ever passed the first _NSIG/8 = 8 bytes. */
#ifndef LSTAR_SIGSET_H
#define LSTAR_SIGSET_H
typedef struct { unsigned long __val[1024 / (8 * sizeof(unsigned long))]; } __lstar_sigset_t;
#endif
