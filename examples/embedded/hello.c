/*
 * <lstar/syscall.h> on its own: no libc, no crt1.o, no libc.a.  The header
 * is static inline all the way down to the `syscall` instruction, so this
 * program is just its own _start and two system calls.
 */
#include <lstar/syscall.h>

static const char msg[] = "Hello from <lstar/syscall.h>\n";

/* The kernel enters here with rsp 16-byte aligned and no return address;
 * nothing below needs the stack aligned for a call, and we never return. */
__attribute__((noreturn)) void _start(void)
{
	long r = sys_write(1, msg, sizeof msg - 1);

	sys_exit_group(r == (long)(sizeof msg - 1) ? 0 : 1);
	__builtin_unreachable();
}
