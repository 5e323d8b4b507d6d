/*
 * lstar/model.h: the test interface of lstar's in-library Linux model
 * (build with -Dkernel=model; design in docs/model.md).
 *
 * Functions here return 0 or a raw -errno, like the kernel.  None of them
 * enters the model through the syscall entry, so none appears in the trace.
 *
 * Names: the library defines lstar_model_*.  A hosted test links the
 * hostified library, where tools/hostify.py has renamed every lstar symbol
 * to lstar_<name>; in a hosted compile (__STDC_HOSTED__, i.e. a glibc test
 * runner, whereas the library itself is built -ffreestanding) each
 * declaration carries an asm label naming the hostified symbol, so tests
 * simply call lstar_model_reset() etc.
 */
#ifndef LSTAR_MODEL_H
#define LSTAR_MODEL_H

#include <stddef.h>

#if __STDC_HOSTED__
#define __LSTAR_MODEL_SYM(name) __asm__("lstar_" #name)
#else
#define __LSTAR_MODEL_SYM(name)
#endif

/* What a standard descriptor (0, 1 or 2) is connected to. */
enum lstar_model_std {
	LSTAR_MODEL_PIPE,	/* a pipe whose other end is the test (default) */
	LSTAR_MODEL_TTY,	/* a terminal: TCGETS succeeds, reads are line by line */
	LSTAR_MODEL_FILE,	/* a file in the model's file system */
	LSTAR_MODEL_CLOSED,	/* not open */
};

/* One traced system call.  nr is -1 for a marker (lstar_model_mark). */
#define LSTAR_MODEL_LINE 400
struct lstar_model_syscall {
	long nr;		/* after masking the x32 bit */
	long raw_nr;		/* as the caller passed it */
	const char *name;	/* from the generated table; NULL if out of range */
	long args[6];
	long ret;
	int injected;		/* the result came from fault injection */
	int returned;		/* 0 for exit/exit_group, which do not return */
	char line[LSTAR_MODEL_LINE];	/* strace-style text, no newline */
};

/* Forget everything: files (back to / /tmp /dev/null), descriptors, memory
 * maps, trace, fault rules, clock.  fds 0-2 become pipes to the test. */
void lstar_model_reset(void) __LSTAR_MODEL_SYM(lstar_model_reset);

/* File system set-up and inspection (paths as the program would see them). */
int lstar_model_mkdir(const char *path, unsigned mode) __LSTAR_MODEL_SYM(lstar_model_mkdir);
int lstar_model_write_file(const char *path, const void *data, size_t len,
			   unsigned mode) __LSTAR_MODEL_SYM(lstar_model_write_file);
/* The file's bytes (valid until the file changes) or NULL if there is no
 * such regular file. */
const char *lstar_model_read_file(const char *path, size_t *len)
	__LSTAR_MODEL_SYM(lstar_model_read_file);
int lstar_model_exists(const char *path) __LSTAR_MODEL_SYM(lstar_model_exists);

/* Standard descriptors.  path is used only for LSTAR_MODEL_FILE (fd 0 opens
 * it read-only; 1 and 2 create/truncate it, like a shell redirection). */
int lstar_model_set_std(int fd, enum lstar_model_std kind, const char *path)
	__LSTAR_MODEL_SYM(lstar_model_set_std);
/* Bytes a PIPE or TTY std descriptor will read; then end of file. */
int lstar_model_set_input(int fd, const void *data, size_t len)
	__LSTAR_MODEL_SYM(lstar_model_set_input);
/* Everything written to a PIPE or TTY std descriptor, NUL-terminated. */
const char *lstar_model_output(int fd, size_t *len) __LSTAR_MODEL_SYM(lstar_model_output);

/* The trace of every syscall since reset (or trace_clear). */
size_t lstar_model_trace_count(void) __LSTAR_MODEL_SYM(lstar_model_trace_count);
const struct lstar_model_syscall *lstar_model_trace_get(size_t i)
	__LSTAR_MODEL_SYM(lstar_model_trace_get);
void lstar_model_trace_clear(void) __LSTAR_MODEL_SYM(lstar_model_trace_clear);
/* Insert a marker line ("--- label ---"): ltrace-style tests put one
 * before each library call to attribute the syscalls that follow. */
void lstar_model_mark(const char *label) __LSTAR_MODEL_SYM(lstar_model_mark);
/* The whole trace, one strace-style line per call, into buf (always
 * NUL-terminated when size > 0).  Returns the length it needed. */
size_t lstar_model_trace_format(char *buf, size_t size)
	__LSTAR_MODEL_SYM(lstar_model_trace_format);

/* Fault injection, strace's syntax:
 *   [inject=|fault=]SET:error=E|retval=N[:when=FIRST[..LAST][+[STEP]]]
 * SET is syscall names separated by commas, or "all".  Model extensions:
 *   short=N   run the call but move at most N bytes (a short read/write)
 *   prob=P    inject with probability P% (seeded PRNG, lstar_model_seed)
 * Counters are per rule and per syscall, starting at 1.  Returns 0 or
 * -EINVAL for a spec it cannot parse. */
int lstar_model_inject(const char *spec) __LSTAR_MODEL_SYM(lstar_model_inject);
/* The same as a C call: err > 0 injects -err; otherwise retval (or, when
 * short_max > 0, a short transfer).  last 0 = no end; step 0 = only first. */
int lstar_model_inject_nr(long nr, int err, long retval, long short_max,
			  unsigned long first, unsigned long last, unsigned long step)
	__LSTAR_MODEL_SYM(lstar_model_inject_nr);
void lstar_model_inject_clear(void) __LSTAR_MODEL_SYM(lstar_model_inject_clear);
void lstar_model_seed(unsigned long seed) __LSTAR_MODEL_SYM(lstar_model_seed);
/* How many results injection has replaced since reset. */
unsigned long lstar_model_injected(void) __LSTAR_MODEL_SYM(lstar_model_injected);

/* Names and numbers from the generated table. */
long lstar_model_syscall_nr(const char *name) __LSTAR_MODEL_SYM(lstar_model_syscall_nr);
const char *lstar_model_syscall_name(long nr) __LSTAR_MODEL_SYM(lstar_model_syscall_name);
const char *lstar_model_errno_name(int err) __LSTAR_MODEL_SYM(lstar_model_errno_name);

/* The environment the next run starts with (NULL-terminated; copied). */
int lstar_model_set_env(char *const envp[]) __LSTAR_MODEL_SYM(lstar_model_set_env);

/* Run main as a process would start: environ and auxv (deterministic
 * AT_RANDOM), main(argc, argv, envp), exit() with its result.  exit_group
 * returns here.  Result: the exit status (0-255), 128+N when signal N
 * ended the program, -EBUSY when already running, -EDEADLK when the program
 * blocked forever (read of an empty pipe whose writer it holds itself). */
int lstar_model_run(int (*main_fn)(int, char **, char **), int argc, char **argv)
	__LSTAR_MODEL_SYM(lstar_model_run);
/* The signal that ended the last run, 0 if it exited. */
int lstar_model_term_signal(void) __LSTAR_MODEL_SYM(lstar_model_term_signal);

#endif
