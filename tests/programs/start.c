/*
 * crt0 checked from the inside.  Built with lstar-cc and run by
 * tests/programs/run.py with known argv and environment; writes one line per
 * check ("ok ..." or "FAIL ...") using write(2) only, and exits with 42 so the
 * runner also sees that main's value reached exit_group.
 */
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

__attribute__((constructor)) static void ctor(void)
{
	ctor_ran = 1;
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
	check(ctor_ran, "constructors ran before main");
	check(atexit(h1) == 0 && atexit(h2) == 0 && atexit(h3) == 0, "atexit");
	if (failures)
		return 1;
	return 42;
}
