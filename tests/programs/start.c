/*
 * crt0 checked from the inside.  Built with lstar-cc and run by
 * tests/programs/run.py with known argv and environment; writes one line per
 * check ("ok ..." or "FAIL ...") using write(2) only, and exits with 42 so the
 * runner also sees that main's value reached exit_group.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>

static int failures;
static int ctor_ran;
static char order[8];
static int norder;

static void say(const char *s)
{
	write(1, s, strlen(s));
}

static void check(int ok, const char *what)
{
	say(ok ? "ok " : "FAIL ");
	say(what);
	say("\n");
	failures += !ok;
}

/* Start-up order: .preinit_array, then constructors by priority, then
 * plain ones, each called with (argc, argv, envp). */
static char init_order[8];
static int ninit;
static int init_args_ok = 1;

static void note_init(char c, int argc, char **argv, char **envp)
{
	init_order[ninit++] = c;
	init_args_ok &= argc == 3 && !strcmp(argv[1], "one") && envp == environ;
}

/* environ and the auxv pointer are set by lstar's own numbered preinit
 * entries, which must run before the program's (as glibc sets them before
 * any preinit function). */
static int pre_sees_auxv;

static void pre(int argc, char **argv, char **envp)
{
	note_init('P', argc, argv, envp);
	pre_sees_auxv = getauxval(AT_PAGESZ) == 4096;
}
__attribute__((section(".preinit_array"), used))
static void (*const pre_p)(int, char **, char **) = pre;

__attribute__((constructor(101))) static void ctor101(int argc, char **argv, char **envp)
{
	note_init('A', argc, argv, envp);
}

__attribute__((constructor)) static void ctor(int argc, char **argv, char **envp)
{
	note_init('B', argc, argv, envp);
	/* Set up by its own .preinit_array entry, before any constructor. */
	ctor_ran = !strcmp(program_invocation_short_name, "start");
}

static void h1(void) { order[norder++] = '1'; }
static void h2(void) { order[norder++] = '2'; }
static void h3(void)
{
	order[norder++] = '3';
}

/* Runs after every atexit handler: C says handlers first, then fini. */
__attribute__((destructor)) static void dtor(void)
{
	order[norder] = 0;
	say("atexit order ");
	say(order);
	say("\n");
}

__attribute__((noinline)) static int aligned_here(void)
{
	/* The compiler places this at an rsp-relative offset assuming the ABI's
	 * 16-byte alignment; if _start got it wrong, the address shows it. */
	char buf[16] __attribute__((aligned(16)));
	__asm__ volatile("" : : "r"(buf) : "memory");
	return ((uintptr_t)buf & 15) == 0;
}

int main(int argc, char **argv, char **envp)
{
	check(argc == 3, "argc");
	check(argv[0] && argv[1] && !strcmp(argv[1], "one") && !strcmp(argv[2], "two")
	      && argv[3] == NULL, "argv");
	check(envp == environ, "envp is environ");
	int found = 0;
	for (char **e = envp; *e; e++)
		found |= !strcmp(*e, "LSTAR_TEST=yes");
	check(found, "envp holds the environment");
	check(getenv("LSTAR_TEST") && !strcmp(getenv("LSTAR_TEST"), "yes"), "getenv");
	check(getauxval(AT_PAGESZ) == 4096, "auxv AT_PAGESZ");
	check(getauxval(AT_RANDOM) != 0, "auxv AT_RANDOM");
	check(getauxval(AT_ENTRY) != 0, "auxv AT_ENTRY");
	check(getauxval(AT_UID) == getuid(), "auxv AT_UID matches getuid");
	check(getauxval(12345) == 0, "unknown auxv type gives 0");
	check(aligned_here(), "stack 16-byte aligned in main's callees");
	check(ctor_ran, "constructors ran before main, after progname was set");
	check(!strcmp(init_order, "PAB"), "preinit, then constructors by priority");
	check(init_args_ok, "init functions get argc, argv, envp");
	check(pre_sees_auxv, "preinit functions see the auxv");
	check(atexit(h1) == 0 && atexit(h2) == 0 && atexit(h3) == 0, "atexit");
	if (failures)
		return 1;
	return 42;
}
