/*
 * Running a program on the model in a fresh process image.
 *
 * lstar_model_reset wipes the kernel model, but lstar's own user-space
 * state (stdio buffers and flags, stdout's tty decision, the atexit table,
 * malloc's arena pointers) lives above the seam, like a process image, and
 * persists from one lstar_model_run to the next in the same test process.
 * run_isolated forks (the test's glibc fork), so each program starts from
 * the pristine state of a test process that never ran one, and ships back
 * what the tests look at.
 */
#ifndef MODEL_HARNESS_H
#define MODEL_HARNESS_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../include/lstar/model.h"

struct run_result {
	int status;			/* lstar_model_run's result */
	size_t out_len;
	char trace[1 << 15];		/* lstar_model_trace_format */
	char out[1 << 17];		/* captured fd 1 */
	char err[1 << 10];		/* captured fd 2 */
	char notes[1 << 12];		/* what the program observed (note()) */
	char file[1 << 17];		/* a model file after the run */
	long file_len;			/* -1 if it did not exist */
};

static char harness_notes[1 << 13];
static size_t harness_notes_len;

/* The program under test records what it saw (return values, errno...). */
static inline void note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(harness_notes + harness_notes_len,
			  sizeof harness_notes - harness_notes_len, fmt, ap);
	va_end(ap);
	if (n > 0 && harness_notes_len + (size_t)n < sizeof harness_notes)
		harness_notes_len += (size_t)n;
}

static inline void copy_out(char *dst, size_t cap, const char *src, size_t len)
{
	if (len >= cap)
		len = cap - 1;
	memcpy(dst, src, len);
	dst[len] = 0;
}

static inline int run_isolated(void (*setup)(void *), void *arg,
			       int (*main_fn)(int, char **, char **),
			       const char *file, struct run_result *r)
{
	static struct run_result child;
	int p[2];
	if (pipe(p))
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		char *argv[] = { "prog", NULL };
		close(p[0]);
		memset(&child, 0, sizeof child);
		harness_notes_len = 0;
		harness_notes[0] = 0;
		lstar_model_reset();
		if (setup)
			setup(arg);
		child.status = lstar_model_run(main_fn, 1, argv);
		lstar_model_trace_format(child.trace, sizeof child.trace);
		size_t len;
		const char *o = lstar_model_output(1, &len);
		child.out_len = len;
		copy_out(child.out, sizeof child.out, o, len);
		o = lstar_model_output(2, &len);
		copy_out(child.err, sizeof child.err, o, len);
		copy_out(child.notes, sizeof child.notes, harness_notes, harness_notes_len);
		child.file_len = -1;
		if (file && (o = lstar_model_read_file(file, &len))) {
			child.file_len = (long)len;
			copy_out(child.file, sizeof child.file, o, len);
		}
		const char *b = (const char *)&child;
		for (size_t done = 0; done < sizeof child;) {
			ssize_t n = write(p[1], b + done, sizeof child - done);
			if (n <= 0)
				_exit(1);
			done += (size_t)n;
		}
		_exit(0);
	}
	close(p[1]);
	char *b = (char *)r;
	size_t got = 0;
	while (got < sizeof *r) {
		ssize_t n = read(p[0], b + got, sizeof *r - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	return got == sizeof *r && WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

#endif
