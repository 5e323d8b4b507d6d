/* raise runs the handler before it returns, in the fewest system calls:
 * run.py pins the exact sequence (tests/process/meson.build). */
#include <signal.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void on_usr1(int sig)
{
	got = sig;
}

int main(void)
{
	signal(SIGUSR1, on_usr1);
	if (raise(SIGUSR1) != 0 || got != SIGUSR1)
		return 1;
	write(1, "raised\n", 7);
	return 0;
}
