/*
 * Kernel-model system call entry.  With -Dkernel=model this folder is ahead
 * of src/arch/x86_64/ on the include path, so every __syscallN in the
 * library lands in __lstar_model_entry (src/model/entry.c) instead of the
 * `syscall` instruction: same numbers, same arguments, same raw -errno
 * results, and nothing above this seam knows the difference.
 */
#ifndef LSTAR_SYSCALL_ARCH_H
#define LSTAR_SYSCALL_ARCH_H

#define LSTAR_KERNEL_MODEL 1

long __lstar_model_entry(long n, long a1, long a2, long a3, long a4,
			 long a5, long a6) __attribute__((visibility("hidden")));

static inline long __syscall0(long n)
{
	return __lstar_model_entry(n, 0, 0, 0, 0, 0, 0);
}

static inline long __syscall1(long n, long a1)
{
	return __lstar_model_entry(n, a1, 0, 0, 0, 0, 0);
}

static inline long __syscall2(long n, long a1, long a2)
{
	return __lstar_model_entry(n, a1, a2, 0, 0, 0, 0);
}

static inline long __syscall3(long n, long a1, long a2, long a3)
{
	return __lstar_model_entry(n, a1, a2, a3, 0, 0, 0);
}

static inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	return __lstar_model_entry(n, a1, a2, a3, a4, 0, 0);
}

static inline long __syscall5(long n, long a1, long a2, long a3, long a4,
			      long a5)
{
	return __lstar_model_entry(n, a1, a2, a3, a4, a5, 0);
}

static inline long __syscall6(long n, long a1, long a2, long a3, long a4,
			      long a5, long a6)
{
	return __lstar_model_entry(n, a1, a2, a3, a4, a5, a6);
}

#endif
