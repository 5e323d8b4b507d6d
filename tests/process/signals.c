/* Signals against the real kernel: handlers run (with SA_SIGINFO data),
 * sigprocmask blocks and releases, SA_RESTART restarts a blocked read and
 * its absence makes it fail with EINTR, signal() has BSD semantics. */
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <sched.h>
#include "check.h"

static volatile sig_atomic_t hits, last_sig, last_code, last_pid, on_alt;
static char altstack[65536];

static void on_stack_check(int sig)
{
	char local;
	unsigned long p = (unsigned long)&local, lo = (unsigned long)altstack;
	(void)sig;
	on_alt = p >= lo && p < lo + sizeof altstack;
}
static volatile int notify_fd = -1;

static void on_sig(int sig)
{
	hits++;
	last_sig = sig;
	if (notify_fd >= 0)
		write(notify_fd, "h", 1);
}

static void on_info(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits++;
	last_sig = sig;
	last_code = si->si_code;
	last_pid = si->si_pid;
}

/* Waits until process pid sleeps in the kernel ('S' in /proc/pid/stat),
 * so a signal sent next surely interrupts its blocking call. */
static void wait_sleeping(pid_t pid)
{
	char path[64] = "/proc/", buf[256];
	char num[16];
	int n = 0;
	for (pid_t v = pid; v; v /= 10)
		num[n++] = (char)('0' + v % 10);
	size_t p = strlen(path);
	while (n)
		path[p++] = num[--n];
	memcpy(path + p, "/stat", 6);
	for (;;) {
		int fd = open(path, O_RDONLY);
		CHECK(fd >= 0);
		ssize_t r = read(fd, buf, sizeof buf - 1);
		close(fd);
		CHECK(r > 0);
		buf[r] = 0;
		char *q = strchr(buf, ')');
		if (q && q[1] == ' ' && q[2] == 'S')
			return;
		sched_yield();
	}
}

/* A child signals the parent while it is blocked in read, then writes. */
static ssize_t read_interrupted(int restart)
{
	int fds[2], note[2];
	char c;
	struct sigaction sa = { .sa_handler = on_sig, .sa_flags = restart ? SA_RESTART : 0 };
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR2, &sa, 0) == 0);
	CHECK(pipe(fds) == 0 && pipe(note) == 0);
	notify_fd = note[1];
	pid_t parent = getpid(), child = fork();
	CHECK(child >= 0);
	if (child == 0) {
		wait_sleeping(parent);
		kill(parent, SIGUSR2);
		read(note[0], &c, 1);	/* the handler has run */
		wait_sleeping(parent);	/* back in read (restarted or called again) */
		write(fds[1], "x", 1);
		_exit(0);
	}
	hits = 0;
	errno = 0;
	ssize_t r = read(fds[0], &c, 1);
	int e = errno;
	int status;
	if (r < 0) {
		/* Not restarted: the child still waits for us to sleep. */
		read(fds[0], &c, 1);
	}
	CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status));
	CHECK(hits == 1);
	notify_fd = -1;
	close(fds[0]);
	close(fds[1]);
	close(note[0]);
	close(note[1]);
	errno = e;
	return r;
}

int main(void)
{
	struct sigaction sa = { .sa_handler = on_sig }, old;
	sigset_t set, cur, pend;

	/* A handler runs on raise, and the old action reads back. */
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR1, &sa, 0) == 0);
	CHECK(raise(SIGUSR1) == 0);
	CHECK(hits == 1 && last_sig == SIGUSR1);
	CHECK(sigaction(SIGUSR1, 0, &old) == 0);
	CHECK(old.sa_handler == on_sig);

	/* SA_SIGINFO: raise comes from this process, code SI_TKILL. */
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	CHECK(sigaction(SIGUSR1, &sa, 0) == 0);
	CHECK(raise(SIGUSR1) == 0);
	CHECK(hits == 2 && last_code == SI_TKILL && last_pid == getpid());
	CHECK(kill(getpid(), SIGUSR1) == 0);
	CHECK(hits == 3 && last_code == SI_USER);

	/* Blocked: pending, not delivered, until unblocked. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
	CHECK(raise(SIGUSR1) == 0);
	CHECK(hits == 3);
	CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1) == 1);
	CHECK(sigprocmask(SIG_BLOCK, 0, &cur) == 0 && sigismember(&cur, SIGUSR1) == 1);
	CHECK(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);
	CHECK(hits == 4);

	/* SA_RESTART restarts read; without it read fails with EINTR. */
	CHECK(read_interrupted(1) == 1);
	CHECK(read_interrupted(0) == -1 && errno == EINTR);

	/* signal(): BSD semantics, the handler stays installed. */
	hits = 0;
	CHECK(signal(SIGUSR1, on_sig) != SIG_ERR);
	raise(SIGUSR1);
	raise(SIGUSR1);
	CHECK(hits == 2);
	CHECK(sigaction(SIGUSR1, 0, &old) == 0 && (old.sa_flags & SA_RESTART));
	CHECK(signal(SIGUSR1, SIG_IGN) == on_sig);
	raise(SIGUSR1);
	CHECK(hits == 2);

	/* sigsuspend: wait with SIGUSR1 unblocked, back to blocked after. */
	sa.sa_handler = on_sig;
	sa.sa_flags = 0;
	CHECK(sigaction(SIGUSR1, &sa, 0) == 0);
	CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
	pid_t parent = getpid(), child = fork();
	CHECK(child >= 0);
	if (child == 0) {
		wait_sleeping(parent);
		kill(parent, SIGUSR1);
		_exit(0);
	}
	hits = 0;
	sigset_t none;
	sigemptyset(&none);
	errno = 0;
	CHECK(sigsuspend(&none) == -1 && errno == EINTR && hits == 1);
	CHECK(sigprocmask(SIG_BLOCK, 0, &cur) == 0 && sigismember(&cur, SIGUSR1) == 1);
	int status;
	CHECK(waitpid(child, &status, 0) == child);
	CHECK(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);

	/* sleep and pause end early on a handled signal: sleep returns the
	 * seconds left, pause -1/EINTR.  The child waits for the parent's
	 * word that it is about to sleep before it looks for the sleeping
	 * state: a parent caught sleeping in fork's aftermath (page faults
	 * on a loaded machine) would otherwise take the signal too early. */
	for (int which = 0; which < 2; which++) {
		int ready[2];
		CHECK(pipe(ready) == 0);
		child = fork();
		CHECK(child >= 0);
		if (child == 0) {
			char go;
			read(ready[0], &go, 1);
			wait_sleeping(parent);
			kill(parent, SIGUSR1);
			_exit(0);
		}
		hits = 0;
		CHECK(write(ready[1], "x", 1) == 1);
		close(ready[0]);
		close(ready[1]);
		if (which == 0) {
			unsigned left = sleep(1000);
			if (!(left > 0 && left <= 1000 && hits == 1)) {
				/* Seen once under a loaded parallel run and not
				 * reproduced in 300 runs since: say what came back. */
				put(2, "sleep returned ");
				put_long(2, (long)left);
				put(2, ", hits ");
				put_long(2, (long)hits);
				put(2, "\n");
			}
			CHECK(left > 0 && left <= 1000 && hits == 1);
		} else {
			errno = 0;
			CHECK(pause() == -1 && errno == EINTR && hits == 1);
		}
		CHECK(waitpid(child, &status, 0) == child);
	}

	/* SA_ONSTACK runs the handler on the sigaltstack; without it, not. */
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0 };
	CHECK(sigaltstack(&ss, 0) == 0);
	sa.sa_handler = on_stack_check;
	sa.sa_flags = SA_ONSTACK;
	CHECK(sigaction(SIGUSR2, &sa, 0) == 0);
	CHECK(raise(SIGUSR2) == 0 && on_alt == 1);
	sa.sa_flags = 0;
	CHECK(sigaction(SIGUSR2, &sa, 0) == 0);
	CHECK(raise(SIGUSR2) == 0 && on_alt == 0);

	/* Bad signal numbers. */
	errno = 0;
	CHECK(sigaction(0, &sa, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sigaction(65, &sa, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sigaction(SIGKILL, &sa, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(signal(-1, on_sig) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(raise(99) == -1 && errno == EINVAL);
	put(1, "signals ok\n");
	return 0;
}
