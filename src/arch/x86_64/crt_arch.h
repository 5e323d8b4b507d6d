/*
 * _start for x86_64.  At entry the kernel leaves
 *
 *   rsp ->  argc
 *           argv[0] .. argv[argc-1], NULL
 *           envp[0] .. NULL
 *           auxv pairs (a_type, a_val) .. AT_NULL
 *
 * rsp is 16-byte aligned there by the ABI, but we align it explicitly anyway
 * (a loader or a debugger may enter differently) so that the callee sees
 * rsp+8 aligned, as after any `call`.  rbp is cleared to end frame-pointer
 * walks; rdi carries the original stack pointer to the C half.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp,%ebp\n"
	"	mov %rsp,%rdi\n"
	"	and $-16,%rsp\n"
	"	call _start_c\n"
	"	hlt\n"
	".size _start,.-_start\n"
);
