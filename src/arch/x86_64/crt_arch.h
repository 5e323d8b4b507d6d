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
 * walks.  The call is __lstar_start_main(main, sp) directly: a C trampoline
 * in between would cost 17 bytes in every program (docs/size.md).  main's
 * address fits in 32 bits because lstar links non-PIE at 0x400000.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp,%ebp\n"
	"	mov %rsp,%rsi\n"
	"	mov $main,%edi\n"
	"	and $-16,%rsp\n"
	"	call __lstar_start_main\n"
	"	hlt\n"
	".size _start,.-_start\n"
);
