#include <stdlib.h>
#include "libc.h"

extern char **__environ;

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

/* Provided by the linker's default script for static links. */
extern init_fn const __preinit_array_start[] __weak __hidden;
extern init_fn const __preinit_array_end[] __weak __hidden;
extern init_fn const __init_array_start[] __weak __hidden;
extern init_fn const __init_array_end[] __weak __hidden;
extern fini_fn const __fini_array_start[] __weak __hidden;
extern fini_fn const __fini_array_end[] __weak __hidden;

/* The start-up hooks' defaults (libc.h): nothing to set up. */
__attribute__((weak, cold)) void __lstar_init_ssp(size_t *auxv)
{
	(void)auxv;
}

__attribute__((weak, cold)) void __lstar_init_progname(char *argv0)
{
	(void)argv0;
}

__attribute__((cold)) static void run(const init_fn *f, const init_fn *end, int argc, char **argv, char **envp)
{
	for (; f < end; f++)
		(*f)(argc, argv, envp);
}

/*
 * The C half of _start (sp is the kernel's initial stack pointer).  No
 * system call happens here: argv, envp and auxv are already on the stack,
 * the stack-protector guard comes from AT_RANDOM, and stdio sets itself up
 * without asking the kernel.  Then main, and exit with its value.  Start-up
 * and exit run once, so they are `cold`: compiled for size, without
 * alignment padding (docs/size.md).
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
	__lstar_init_ssp(__lstar_auxv);
	__lstar_init_progname(argv[0]);
	run(__preinit_array_start, __preinit_array_end, argc, argv, envp);
	run(__init_array_start, __init_array_end, argc, argv, envp);
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
