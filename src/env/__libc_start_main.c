#include <stdlib.h>
#include "libc.h"

extern char **__environ;

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

/* Provided by tools/lstar.ld, which every program is linked with: it lays
 * .preinit_array and .init_array out back to back, so one walk from the
 * first preinit entry to the last init entry runs both in order. */
extern init_fn const __preinit_array_start[] __weak __hidden;
extern init_fn const __init_array_end[] __weak __hidden;
extern fini_fn const __fini_array_start[] __weak __hidden;
extern fini_fn const __fini_array_end[] __weak __hidden;

/*
 * The C half of _start (sp is the kernel's initial stack pointer).  No
 * system call happens here: argv, envp and auxv are already on the stack,
 * and what a subsystem must set up before main (the stack-protector guard
 * from AT_RANDOM, program_invocation_name, stdout) it sets up from its own
 * .preinit_array or .init_array entry, without asking the kernel, so
 * start-up carries nothing for a subsystem the program does not link.
 * Then main, and exit with its value.  Start-up and exit run once, so they
 * are `cold`: compiled for size, without alignment padding (docs/size.md).
 */
__attribute__((cold)) _Noreturn void __lstar_start_main(int (*main)(int, char **, char **), long *sp)
{
	int argc = (int)*sp;
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;

	while (*p++)
		;
	__lstar_auxv = (size_t *)p;
	__environ = envp;
	for (const init_fn *f = __preinit_array_start; f < __init_array_end; f++)
		(*f)(argc, argv, envp);
	exit(main(argc, argv, envp));
}

/* exit() reaches this through a hook (libc.h): it lives beside start-up so
 * every static program has it, while the kernel model's runner, which does
 * not link this file, leaves the host's fini_array alone.  Destructors run
 * in the reverse of constructor order. */
__attribute__((cold)) void __lstar_libc_fini(void)
{
	for (const fini_fn *f = __fini_array_end; f > __fini_array_start;)
		(*--f)();
}
