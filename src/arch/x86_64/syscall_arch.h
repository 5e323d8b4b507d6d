/*
 * x86_64 system call entry: the one place lstar executes `syscall`.
 *
 *   number  rax          args  rdi rsi rdx r10 r8 r9
 *   result  rax          -4095..-1 is -errno, anything else is a value
 *
 * The C ABI passes a 4th argument in rcx, but `syscall` overwrites rcx with
 * the return address and r11 with rflags, so the kernel takes it in r10 and
 * both rcx and r11 are clobbered.  "memory" is clobbered because the kernel
 * reads and writes buffers the compiler cannot see through the asm.
 *
 * The kernel model build puts src/model/ ahead of this folder on the include
 * path; its syscall_arch.h defines the same functions to enter the model.
 */
#ifndef LSTAR_SYSCALL_ARCH_H
#define LSTAR_SYSCALL_ARCH_H

#define LSTAR_KERNEL_REAL 1

static inline long __syscall0(long n)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall1(long n, long a1)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a1)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall2(long n, long a1, long a2)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a1), "S"(a2)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall3(long n, long a1, long a2, long a3)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a1), "S"(a2), "d"(a3)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	long r;
	register long r10 __asm__("r10") = a4;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall5(long n, long a1, long a2, long a3, long a4,
			      long a5)
{
	long r;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long __syscall6(long n, long a1, long a2, long a3, long a4,
			      long a5, long a6)
{
	long r;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8),
			    "r"(r9)
			  : "rcx", "r11", "memory");
	return r;
}

#endif
