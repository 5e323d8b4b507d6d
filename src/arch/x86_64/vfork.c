/*
 * vfork: the child borrows the parent's memory and stack until it execs or
 * exits, so the child must not return through a frame the parent still
 * needs.  The return address is popped into rdx (a register, which the
 * child's later pushes cannot overwrite) before the syscall and pushed
 * back after it, in both processes.  Errors go through __syscall_ret like
 * every other wrapper.
 */
#include "asm.h"

__asm__(
	".text\n"
	".global vfork\n"
	".type vfork,@function\n"
	"vfork:\n"
	"	pop %rdx\n"
	"	mov $" __LSTAR_STR(__NR_vfork) ",%eax\n"
	"	syscall\n"
	"	push %rdx\n"
	"	cmp $-4095,%rax\n"
	"	jae 1f\n"
	"	ret\n"
	"1:	mov %rax,%rdi\n"
	"	jmp __syscall_ret\n"
	".size vfork,.-vfork\n"
);
