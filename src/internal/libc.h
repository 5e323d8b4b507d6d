/* Internal declarations shared across lstar's layers. */
#ifndef LSTAR_INTERNAL_LIBC_H
#define LSTAR_INTERNAL_LIBC_H

#include <stddef.h>

#define __hidden __attribute__((visibility("hidden")))
#define __weak __attribute__((weak))

/* The auxiliary vector the kernel left on the stack, set by auxv.c's
 * .preinit_array entry or by the kernel model's program runner. */
extern size_t *__lstar_auxv __hidden;

/* The auxiliary vector starts after envp's NULL.  For .preinit_array
 * entries, which get (argc, argv, envp) and run in no set order. */
static inline size_t *__lstar_auxv_of(char **envp)
{
	while (*envp++)
		;
	return (size_t *)envp;
}

/*
 * Hooks: exit() calls these unconditionally.  Each has an empty weak
 * definition beside its caller (exit.c) that the
 * subsystem's own definition replaces when the program links that
 * subsystem for another reason, so a program that never uses stdio carries
 * no stdio code and one that never calls atexit carries no handler table.
 * A direct call to the empty default is 10 bytes shorter per hook than
 * testing a weak undefined symbol (docs/size.md).
 *   __lstar_funcs_on_exit  run atexit handlers, LIFO    (src/exit/atexit.c)
 *   __lstar_libc_fini      run fini_array, last first   (src/exit, real kernel;
 *                          src/model/run.c flushes lstar's streams instead)
 * Start-up has no hooks: a subsystem that must be ready before main (the
 * stack-protector guard, program_invocation_name, stdout) puts its own
 * entry in .preinit_array or .init_array.
 */
void __lstar_funcs_on_exit(void) __hidden;
void __lstar_libc_fini(void) __hidden;
/* Seeds __stack_chk_guard from AT_RANDOM (src/env/__stack_chk_fail.c);
 * the kernel model's runner calls it for each program it runs. */
void __lstar_init_ssp(size_t *auxv) __hidden;

#endif
