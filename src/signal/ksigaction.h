/* The kernel's struct sigaction for x86_64 (not glibc's): the mask is the
 * kernel's 8-byte sigset and comes last. */
#ifndef LSTAR_KSIGACTION_H
#define LSTAR_KSIGACTION_H
#include "libc.h"

struct __lstar_k_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

/* src/arch/x86_64/restore_rt.c: returns from a handler via rt_sigreturn. */
void __lstar_restore_rt(void) __hidden;
#endif
