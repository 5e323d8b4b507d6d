#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include "libc.h"
#include "syscall.h"

/*
 * -fstack-protector support.  lstar-cc compiles with
 * -mstack-protector-guard=global, so the canary is this object rather than
 * %fs:0x28 (lstar sets no thread pointer).  This file is linked only when
 * some object references __stack_chk_guard; it then seeds the guard from
 * AT_RANDOM with no system call, from a .preinit_array entry: that runs
 * before every constructor, so no protected function is live while the
 * guard changes.  The kernel model's runner calls __lstar_init_ssp itself.
 */
uintptr_t __stack_chk_guard;

void __lstar_init_ssp(size_t *auxv)
{
	for (; auxv[0]; auxv += 2) {
		if (auxv[0] == AT_RANDOM) {
			memcpy(&__stack_chk_guard, (void *)auxv[1], sizeof __stack_chk_guard);
			/* A zero low byte stops string overflows from copying the canary. */
			__stack_chk_guard &= ~(uintptr_t)0xff;
			return;
		}
	}
}

/* From envp rather than __lstar_auxv: preinit entries run in no set
 * order, so auxv.c's may not have run yet. */
static void init_ssp(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	__lstar_init_ssp(__lstar_auxv_of(envp));
}

__attribute__((section(".preinit_array"), used))
static void (*const init_ssp_p)(int, char **, char **) = init_ssp;

_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";
	sys_write(2, msg, sizeof msg - 1);
	sys_kill((int)sys_getpid(), 6 /* SIGABRT */);
	for (;;)
		sys_exit_group(127);
}
