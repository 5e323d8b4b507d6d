#ifndef _SETJMP_H
#define _SETJMP_H
#include <lstar/sigset.h>

/* glibc's layout: rbx rbp r12 r13 r14 r15 rsp rip, then the signal mask
 * that sigsetjmp saves when asked. */
struct __jmp_buf_tag {
	long __jmpbuf[8];
	int __mask_was_saved;
	__lstar_sigset_t __saved_mask;
};
typedef struct __jmp_buf_tag jmp_buf[1];
typedef struct __jmp_buf_tag sigjmp_buf[1];

/* setjmp does not save the signal mask (POSIX leaves it open; glibc and
 * musl do the same): sigsetjmp(env, 1) does. */
int setjmp(jmp_buf env) __attribute__((returns_twice));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
int __sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);
_Noreturn void _longjmp(jmp_buf env, int val);
_Noreturn void siglongjmp(sigjmp_buf env, int val);
#endif
