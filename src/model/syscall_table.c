/*
 * sys_call_table, filled from the same generated X-macro rows as the rest
 * of lstar (<lstar/syscall_table.h>, one row per number 0..__NR_syscall_max).
 *
 * As in the kernel's kernel/sys_ni.c (COND_SYSCALL), every implemented row
 * declares sys_<name> as a weak alias of sys_ni_syscall: where the model
 * defines the handler, that strong definition wins at link time; where it
 * does not, the slot reaches sys_ni_syscall.  Holes and rows the kernel
 * lists without an entry point (uselib...) are sys_ni_syscall outright.
 */
#include <errno.h>
#include "kernel.h"

long sys_ni_syscall(const struct pt_regs *regs)
{
	(void)regs;
	return -ENOSYS;
}

#define COND_SYSCALL_1(name) \
	long sys_##name(const struct pt_regs *) __attribute__((weak, alias("sys_ni_syscall")));
#define COND_SYSCALL_0(name)
#define __LSTAR_SYSCALL(nr, name, implemented, nargs, types) COND_SYSCALL_##implemented(name)
#include <lstar/syscall_table.h>
#undef __LSTAR_SYSCALL

/* Each number appears exactly once, so no slot is left NULL and none is
 * initialised twice (the kernel's [0 ... max] = sys_ni_syscall default). */
#define SLOT_1(nr, name) [nr] = sys_##name,
#define SLOT_0(nr, name) [nr] = sys_ni_syscall,
#define __LSTAR_SYSCALL(nr, name, implemented, nargs, types) SLOT_##implemented(nr, name)
const sys_call_ptr_t sys_call_table[__NR_syscall_max + 1] = {
#include <lstar/syscall_table.h>
};
#undef __LSTAR_SYSCALL

/* For the tracer: the name and argument print types of every number. */
#define __LSTAR_SYSCALL(nr, name, implemented, nargs, types) [nr] = #name,
const char *const __lstar_model_syscall_names[__NR_syscall_max + 1] = {
#include <lstar/syscall_table.h>
};
#undef __LSTAR_SYSCALL

#define __LSTAR_SYSCALL(nr, name, implemented, nargs, types) [nr] = nargs < 0 ? 0 : types,
const char *const __lstar_model_syscall_types[__NR_syscall_max + 1] = {
#include <lstar/syscall_table.h>
};
#undef __LSTAR_SYSCALL
