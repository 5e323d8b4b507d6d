/*
 * -fstack-protector-all under lstar-cc: the guard is seeded before main
 * (from AT_RANDOM, by __stack_chk_fail.c's .preinit_array entry), and a
 * smashed canary ends the process with SIGABRT.  Prints one line per check
 * with write(2) only; "smash" as argv[1] smashes its own stack instead.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/wait.h>

extern uintptr_t __stack_chk_guard;
static int failures;

static void check(int ok, const char *what)
{
	write(1, ok ? "ok " : "FAIL ", ok ? 3 : 5);
	write(1, what, strlen(what));
	write(1, "\n", 1);
	failures += !ok;
}

__attribute__((noinline)) static void smash(const char *src, size_t n)
{
	char buf[8];
	/* volatile: keep the compiler from proving the overflow and
	 * refusing to build or dropping the copy. */
	volatile size_t len = n;
	memcpy(buf, src, len);
	__asm__ volatile("" : : "r"(buf) : "memory");
}

int main(int argc, char **argv)
{
	static const char junk[64] = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
	if (argc > 1 && !strcmp(argv[1], "smash")) {
		smash(junk, sizeof junk);
		return 0;	/* not reached when the canary works */
	}
	uintptr_t want;
	memcpy(&want, (void *)getauxval(AT_RANDOM), sizeof want);
	want &= ~(uintptr_t)0xff;
	check(__stack_chk_guard != 0, "guard seeded before main");
	check(__stack_chk_guard == want, "guard is AT_RANDOM with a zero low byte");

	pid_t pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "smash", 0 };
		int null = open("/dev/null", 1);	/* the report goes to fd 2 */
		dup2(null, 2);
		execv(argv[0], args);
		_exit(99);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	check(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "smashed stack dies by SIGABRT");
	return failures != 0;
}
