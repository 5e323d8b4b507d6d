char **__environ = 0;
extern char **environ __attribute__((weak, alias("__environ")));

/* Start-up stores nothing: a program that reads its environment links this
 * file, whose own entry sets environ first of all (lstar.ld runs numbered
 * preinit entries before the program's own), so even the program's preinit
 * functions see it (crt_arch.h). */
static void init_environ(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	__environ = envp;
}

__attribute__((section(".preinit_array.00000"), used))
static void (*const init_environ_p)(int, char **, char **) = init_environ;
