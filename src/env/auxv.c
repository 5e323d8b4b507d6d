#include "libc.h"

size_t *__lstar_auxv;

/* Set from this file's own entry (start-up stores nothing, crt_arch.h), so
 * only programs that read the auxiliary vector carry the walk to it; it is
 * numbered, so it runs before the program's own preinit functions. */
static void init_auxv(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	__lstar_auxv = __lstar_auxv_of(envp);
}

__attribute__((section(".preinit_array.00000"), used))
static void (*const init_auxv_p)(int, char **, char **) = init_auxv;
