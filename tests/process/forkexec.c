/* fork, vfork, the exec family and the wait family against the real
 * kernel.  "forkexec exit N" (N one digit) exits with N, and
 * "forkexec env" exits 6 when LSTAR_X=y is in its environment: the exec
 * tests run this program as their child. */
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "check.h"

static char self[256];
static char dir[64];

static int status_of(pid_t pid)
{
	int status;
	CHECK(pid > 0);
	CHECK(waitpid(pid, &status, 0) == pid);
	return status;
}

static void write_file(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
	CHECK(fd >= 0);
	CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	CHECK(close(fd) == 0);
}

static char *join(char *buf, const char *a, const char *b)
{
	strcpy(buf, a);
	strcpy(buf + strlen(a), b);
	return buf;
}

/* Exit status of a child that runs f(). */
static int in_child(void (*f)(void))
{
	pid_t pid = fork();
	if (pid == 0) {
		f();
		_exit(99);	/* f returned: its exec failed */
	}
	return status_of(pid);
}

static void do_execve(void) { char *a[] = { self, "exit", "4", 0 }; execve(self, a, environ); }
static void do_execv(void) { char *a[] = { self, "exit", "5", 0 }; execv(self, a); }
static void do_execl(void) { execl(self, self, "exit", "3", (char *)0); }
static void do_execle(void) { char *e[] = { "LSTAR_X=y", 0 }; execle(self, self, "env", (char *)0, e); }
static void do_execlp(void) { execlp("sh", "sh", "-c", "exit 9", (char *)0); }

/* A PATH search that finds a script with no #! line: run by /bin/sh. */
static void do_script(void)
{
	char path[128];
	static char var[128];
	char *env[] = { join(var, "PATH=/nonexistent:", dir), 0 };
	write_file(join(path, dir, "/script"), "exit 11\n", 0755);
	environ = env;
	char *a[] = { "script", 0 };
	execvp("script", a);
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "exit"))
		return argv[2][0] - '0';
	if (argc == 2 && !strcmp(argv[1], "env")) {
		const char *v = getenv("LSTAR_X");
		return v && !strcmp(v, "y") ? 6 : 1;
	}
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	CHECK(n > 0);
	self[n] = 0;
	/* Not named after the pid: a run that failed half-way leaves its
	 * directory, and pids repeat (soon, in a container). */
	strcpy(dir, "/tmp/lstar-forkexec-XXXXXX");
	CHECK(mkdtemp(dir) != 0);

	/* Exit, signal, stop and continue, each through the status macros. */
	pid_t pid = fork();
	if (pid == 0)
		_exit(7);
	int s = status_of(pid);
	CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 7 && !WIFSIGNALED(s) && !WIFSTOPPED(s));

	pid = fork();
	if (pid == 0) {
		kill(getpid(), SIGTERM);
		_exit(0);
	}
	s = status_of(pid);
	CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM && !WIFEXITED(s));

	/* The child waits on a pipe after it is continued: a child that
	 * exited first would be reaped as exited, and the continue lost. */
	int gate[2];
	CHECK(pipe(gate) == 0);
	pid = fork();
	if (pid == 0) {
		char c;
		close(gate[1]);
		raise(SIGSTOP);
		_exit(read(gate[0], &c, 1) == 1 ? 2 : 1);
	}
	close(gate[0]);
	CHECK(waitpid(pid, &s, WUNTRACED) == pid && WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP);
	CHECK(kill(pid, SIGCONT) == 0);
	CHECK(waitpid(pid, &s, WCONTINUED) == pid && WIFCONTINUED(s));
	CHECK(write(gate[1], "x", 1) == 1);
	close(gate[1]);
	s = status_of(pid);
	CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 2);

	/* A child can start its own session and process group. */
	pid = fork();
	if (pid == 0) {
		pid_t me = getpid();
		int ok = setsid() == me && getsid(0) == me && getpgrp() == me && getpgid(0) == me;
		errno = 0;
		ok = ok && setsid() == -1 && errno == EPERM;	/* already a leader */
		_exit(ok ? 0 : 1);
	}
	s = status_of(pid);
	CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0);
	pid = fork();
	if (pid == 0) {
		int ok = setpgid(0, 0) == 0 && getpgrp() == getpid();
		_exit(ok ? 0 : 1);
	}
	s = status_of(pid);
	CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0);

	/* waitid reports through siginfo_t. */
	pid = fork();
	if (pid == 0)
		_exit(5);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	CHECK(waitid(P_PID, pid, &si, WEXITED) == 0);
	CHECK(si.si_signo == SIGCHLD && si.si_code == CLD_EXITED && si.si_status == 5 && si.si_pid == pid);
	errno = 0;
	CHECK(waitid(P_PID, pid, &si, WEXITED) == -1 && errno == ECHILD);
	errno = 0;
	CHECK(waitid((idtype_t)42, 0, &si, WEXITED) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(waitpid(-1, &s, 0) == -1 && errno == ECHILD);

	/* vfork shares memory until the child exits. */
	volatile int shared = 0;
	pid = vfork();
	if (pid == 0) {
		shared = 1;
		_exit(3);
	}
	s = status_of(pid);
	CHECK(shared == 1 && WIFEXITED(s) && WEXITSTATUS(s) == 3);

	/* The exec family. */
	CHECK(WEXITSTATUS(in_child(do_execve)) == 4);
	CHECK(WEXITSTATUS(in_child(do_execv)) == 5);
	CHECK(WEXITSTATUS(in_child(do_execl)) == 3);
	CHECK(WEXITSTATUS(in_child(do_execle)) == 6);
	CHECK(WEXITSTATUS(in_child(do_execlp)) == 9);
	CHECK(WEXITSTATUS(in_child(do_script)) == 11);

	/* Failed searches: missing, not executable, empty name. */
	char path[128];
	char *a[] = { "x", 0 };
	errno = 0;
	CHECK(execvp("lstar-no-such-program", a) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(execvp("", a) == -1 && errno == ENOENT);
	write_file(join(path, dir, "/noexec"), "exit 1\n", 0644);
	errno = 0;
	CHECK(execv(path, a) == -1 && errno == EACCES);
	char **saved = environ;
	static char var[128];
	char *env[] = { join(var, "PATH=", dir), 0 };
	environ = env;
	errno = 0;
	CHECK(execvp("noexec", a) == -1 && errno == EACCES);
	environ = saved;

	unlink(join(path, dir, "/noexec"));
	unlink(join(path, dir, "/script"));
	CHECK(rmdir(dir) == 0);
	put(1, "forkexec ok\n");
	return 0;
}
