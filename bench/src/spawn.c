/*
 * The start-up driver (built with the host's libc, like any shell):
 *   spawn N PROG...   runs the programs round-robin, N times each, stdout
 *                     to /dev/null, timing every fork+exec+exit+wait
 * and prints "median_ns PROG" per program.  Round-robin means the floor
 * (hello.S) and each libc's hello see the same machine state.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static long long now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	int n = atoi(argv[1]), progs = argc - 2;
	long long *t = calloc((size_t)n * (size_t)progs, sizeof *t);
	posix_spawn_file_actions_t fa;

	if (!t || n < 1)
		return 2;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	for (int i = 0; i < n; i++) {
		for (int p = 0; p < progs; p++) {
			char *av[] = {argv[2 + p], NULL};
			char *ev[] = {NULL};
			pid_t pid;
			int st;
			long long t0 = now_ns();
			if (posix_spawn(&pid, av[0], &fa, NULL, av, ev) != 0)
				return 1;
			if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
				return 1;
			t[p * n + i] = now_ns() - t0;
		}
	}
	for (int p = 0; p < progs; p++) {
		qsort(t + p * n, (size_t)n, sizeof *t, cmp);
		printf("%lld %s\n", t[p * n + n / 2], argv[2 + p]);
	}
	return 0;
}
