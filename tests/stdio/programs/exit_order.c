/*
 * exit() flushes every stream after everything that may still print: the
 * atexit handlers first, then the destructors, then the flush (C11
 * 7.22.4.4).  A child writes to stdout and to an fopen'd file from main,
 * an atexit handler and a destructor, never flushing; the parent then
 * prints what reached the file.  Expected stdout:
 *   "main atexit dtor\n" (the child's stdout, written at its exit)
 *   "file: main atexit dtor\n" (the parent, with write(2))
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static FILE *log_file;
static int in_child;

static void say(const char *s)
{
	fputs(s, stdout);
	fputs(s, log_file);
}

static void handler(void)
{
	say(" atexit");
}

__attribute__((destructor)) static void dtor(void)
{
	if (in_child)
		say(" dtor\n");
}

int main(int argc, char **argv)
{
	static char path[64] = "/tmp/lstar-exit-order-";
	char num[16];
	int n = 0;
	(void)argc;
	for (pid_t v = getpid(); v; v /= 10)
		num[n++] = (char)('0' + v % 10);
	for (size_t p = strlen(path); n; p++)
		path[p] = num[--n];
	(void)argv;

	pid_t pid = fork();
	if (pid == 0) {
		in_child = 1;
		log_file = fopen(path, "w");
		if (!log_file || atexit(handler))
			_exit(2);
		say("main");
		return 0;	/* exit(0): handler, dtor, then every flush */
	}
	int status;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
		_exit(3);
	char buf[128];
	FILE *f = fopen(path, "r");
	size_t got = f ? fread(buf, 1, sizeof buf, f) : 0;
	unlink(path);
	write(1, "file: ", 6);
	write(1, buf, got);
	_exit(0);	/* the parent has nothing buffered; skip its dtor */
}
