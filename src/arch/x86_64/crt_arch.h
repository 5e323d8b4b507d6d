/*
 * _start for x86_64: the whole of start-up, in assembly.  At entry the
 * kernel leaves
 *
 *   rsp ->  argc
 *           argv[0] .. argv[argc-1], NULL
 *           envp[0] .. NULL
 *           auxv pairs (a_type, a_val) .. AT_NULL
 *
 * Start-up makes no system call and sets nothing up itself: environ, the
 * auxv pointer, the stack-protector guard, program_invocation_name and
 * stdout each set themselves from their own .preinit_array or .init_array
 * entry (called with argc, argv, envp, as glibc calls them), so a program
 * carries only what it links.  lstar.ld lays .preinit_array and .init_array
 * back to back, so one walk runs both, in order; then main, then exit with
 * its value.  Nothing here returns, so argc, argv and envp live in
 * callee-saved registers without saving the caller's.
 *
 * rbp is cleared to end frame-pointer walks.  rsp is 16-byte aligned at
 * entry by the ABI, but it is aligned explicitly anyway (a loader or a
 * debugger may enter differently) so every callee sees rsp+8 aligned, as
 * after any `call`.  Addresses fit in 32 bits: lstar links non-PIE at
 * 0x400000.  In C this was 118 bytes; it is 59 (docs/size.md).
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp,%ebp\n"
	"	pop %rbx\n"				/* argc */
	"	mov %rsp,%r12\n"			/* argv */
	"	lea 8(%r12,%rbx,8),%r13\n"		/* envp */
	"	and $-16,%rsp\n"
	"	mov $__preinit_array_start,%r14d\n"
	"1:	mov %ebx,%edi\n"
	"	mov %r12,%rsi\n"
	"	mov %r13,%rdx\n"
	"	cmp $__init_array_end,%r14\n"
	"	jae 2f\n"
	"	call *(%r14)\n"
	"	add $8,%r14\n"
	"	jmp 1b\n"
	"2:	call main\n"
	"	mov %eax,%edi\n"
	"	call exit\n"
	"	hlt\n"
	".size _start,.-_start\n"
);
