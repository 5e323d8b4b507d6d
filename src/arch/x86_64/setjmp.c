/*
 * setjmp/longjmp for x86_64, glibc's jmp_buf layout:
 *   0 rbx  8 rbp  16 r12  24 r13  32 r14  40 r15  48 rsp  56 rip
 *   64 __mask_was_saved  72 __saved_mask
 * Only the callee-saved registers, the caller's stack pointer (as it will
 * be after setjmp returns) and the return address are kept: everything
 * else is dead across a call by the ABI.  The pointers are stored plain
 * (glibc mangles them with a per-process guard; lstar has no TLS to hold
 * one).
 *
 * sigsetjmp saves the same registers and then jumps (not calls) to a C
 * tail that records the mask, so that tail returns straight to
 * sigsetjmp's caller with the stack exactly as setjmp left it.
 */
__asm__(
	".text\n"
	".global setjmp\n"
	".global _setjmp\n"
	".type setjmp,@function\n"
	".type _setjmp,@function\n"
	"setjmp:\n"
	"_setjmp:\n"
	"	mov %rbx,(%rdi)\n"
	"	mov %rbp,8(%rdi)\n"
	"	mov %r12,16(%rdi)\n"
	"	mov %r13,24(%rdi)\n"
	"	mov %r14,32(%rdi)\n"
	"	mov %r15,40(%rdi)\n"
	"	lea 8(%rsp),%rdx\n"
	"	mov %rdx,48(%rdi)\n"
	"	mov (%rsp),%rdx\n"
	"	mov %rdx,56(%rdi)\n"
	"	movl $0,64(%rdi)\n"
	"	xor %eax,%eax\n"
	"	ret\n"
	".size setjmp,.-setjmp\n"
	".size _setjmp,.-_setjmp\n"

	".global sigsetjmp\n"
	".global __sigsetjmp\n"
	".type sigsetjmp,@function\n"
	".type __sigsetjmp,@function\n"
	"sigsetjmp:\n"
	"__sigsetjmp:\n"
	"	mov %rbx,(%rdi)\n"
	"	mov %rbp,8(%rdi)\n"
	"	mov %r12,16(%rdi)\n"
	"	mov %r13,24(%rdi)\n"
	"	mov %r14,32(%rdi)\n"
	"	mov %r15,40(%rdi)\n"
	"	lea 8(%rsp),%rdx\n"
	"	mov %rdx,48(%rdi)\n"
	"	mov (%rsp),%rdx\n"
	"	mov %rdx,56(%rdi)\n"
	"	jmp __lstar_sigsetjmp_tail\n"
	".size sigsetjmp,.-sigsetjmp\n"
	".size __sigsetjmp,.-__sigsetjmp\n"

	".global longjmp\n"
	".global _longjmp\n"
	".type longjmp,@function\n"
	".type _longjmp,@function\n"
	"longjmp:\n"
	"_longjmp:\n"
	"	mov %esi,%eax\n"
	"	test %eax,%eax\n"
	"	jnz 1f\n"
	"	inc %eax\n"	/* longjmp(env, 0) makes setjmp return 1 */
	"1:	mov (%rdi),%rbx\n"
	"	mov 8(%rdi),%rbp\n"
	"	mov 16(%rdi),%r12\n"
	"	mov 24(%rdi),%r13\n"
	"	mov 32(%rdi),%r14\n"
	"	mov 40(%rdi),%r15\n"
	"	mov 48(%rdi),%rsp\n"
	"	jmp *56(%rdi)\n"
	".size longjmp,.-longjmp\n"
	".size _longjmp,.-_longjmp\n"
);
