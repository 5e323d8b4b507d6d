/* The seed's assembly hello: write(1, msg, 14) then exit(0), nothing else.
 * It is the floor lstar's C hello is measured against. */
	.data
msg:
	.ascii "Hello, world!\n"
	len = . - msg

	.text
	.global _start
_start:
	movq $1, %rax
	movq $1, %rdi
	movq $msg, %rsi
	movq $len, %rdx
	syscall
	movq $60, %rax
	xorq %rdi, %rdi
	syscall
