/*
 * Running a program on the model: the start-up crt1 would do (argv, envp
 * and an auxiliary vector with deterministic AT_RANDOM on an initial stack
 * image), main, exit(); and the way back, since the program's exit_group
 * cannot end the test process: it unwinds to the runner with
 * __builtin_setjmp/__builtin_longjmp, the compiler's own non-local jump,
 * which needs nothing from any libc.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include "kernel.h"
#include "libc.h"

extern char **__environ;

#ifndef __has_feature
#define __has_feature(x) 0
#endif
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer)
/* The frames we jump over leave their redzones poisoned: clear them, as
 * ASan's own longjmp interceptor does. */
void __asan_handle_no_return(void);
#define unpoison_stack() __asan_handle_no_return()
#else
#define unpoison_stack() ((void)0)
#endif

#define MAX_ENV 64

static void *run_jmp[5];
/* Written on the way out through __builtin_longjmp and read after it:
 * volatile, or the compiler may keep values from before the jump. */
static volatile int running, run_status, deadlocked;
static int term_signal;
static char env_text[8192];
static char *env_ptrs[MAX_ENV + 1];

/* AT_RANDOM's 16 bytes: fixed, so stack-protector canaries repeat too. */
static const unsigned char at_random[16] = "lstar-model-rand";

void __lstar_model_run_reset(void)
{
	term_signal = 0;
	env_ptrs[0] = NULL;
}

int __lstar_model_running(void)
{
	return running;
}

int lstar_model_term_signal(void)
{
	return term_signal;
}

int lstar_model_set_env(char *const envp[])
{
	size_t used = 0, n = 0;
	for (; envp && envp[n]; n++) {
		size_t len = strlen(envp[n]) + 1;
		if (n == MAX_ENV || used + len > sizeof env_text)
			return -E2BIG;
		env_ptrs[n] = memcpy(env_text + used, envp[n], len);
		used += len;
	}
	env_ptrs[n] = NULL;
	return 0;
}

_Noreturn void __lstar_model_do_exit(int status)
{
	/* Outside lstar_model_run there is no process to end: a test bug. */
	if (!running)
		__builtin_trap();
	run_status = status;
	unpoison_stack();
	__builtin_longjmp(run_jmp, 1);
}

/* A blocking call that nothing could ever wake: end the run. */
long __lstar_model_would_block(void)
{
	if (!running)
		return -EAGAIN;
	deadlocked = 1;
	__lstar_model_do_exit(0);
}

static void note_end(int status)
{
	static const char *const sig[] = { [6] = "SIGABRT", [9] = "SIGKILL", [11] = "SIGSEGV",
		[13] = "SIGPIPE", [15] = "SIGTERM" };
	char text[64];
	char *p;
	if (deadlocked) {
		lstar_model_mark("deadlock: blocked forever");
		return;
	}
	if (status & 0x7f) {
		p = stpcpy(text, "+++ killed by ");
		int s = status & 0x7f;
		if (s < 16 && sig[s]) {
			p = stpcpy(p, sig[s]);
		} else {
			p = stpcpy(p, "SIG");
			*p++ = (char)('0' + s / 10);
			*p++ = (char)('0' + s % 10);
		}
	} else {
		int code = (status >> 8) & 0xff;
		p = stpcpy(text, "+++ exited with ");
		if (code >= 100)
			*p++ = (char)('0' + code / 100);
		if (code >= 10)
			*p++ = (char)('0' + code / 10 % 10);
		*p++ = (char)('0' + code % 10);
	}
	strcpy(p, " +++");
	__lstar_model_trace_note(text);
}

int __lstar_flush_all(void) __hidden;

/* exit() runs the fini arrays through this hook.  In a real process their
 * last entries flush lstar's streams (src/stdio/stdout.c); here the arrays
 * are the host's, which a modelled program must not run, so the model's
 * fini is the streams' flush alone. */
void __lstar_libc_fini(void)
{
	__lstar_flush_all();
}

int lstar_model_run(int (*main_fn)(int, char **, char **), int argc, char **argv)
{
	/* The initial stack image: argc, argv[], NULL, envp[], NULL, auxv. */
	static long stack[1 + 256 + 1 + MAX_ENV + 1 + 2 * 16];
	if (running)
		return -EBUSY;
	if (!main_fn || argc < 0 || argc > 256 || (argc && !argv))
		return -EINVAL;
	long *sp = stack;
	*sp++ = argc;
	char **args = (char **)sp;
	for (int i = 0; i < argc; i++)
		*sp++ = (long)argv[i];
	*sp++ = 0;
	char **envp = (char **)sp;
	for (char **e = env_ptrs; *e; e++)
		*sp++ = (long)*e;
	*sp++ = 0;
	size_t *auxv = (size_t *)sp;
	const size_t aux[][2] = {
		{ AT_PAGESZ, PAGE_SIZE }, { AT_CLKTCK, 100 },
		{ AT_UID, MODEL_UID }, { AT_EUID, MODEL_UID },
		{ AT_GID, MODEL_GID }, { AT_EGID, MODEL_GID }, { AT_SECURE, 0 },
		{ AT_RANDOM, (size_t)at_random },
		{ AT_EXECFN, argc ? (size_t)argv[0] : 0 },
		{ AT_NULL, 0 },
	};
	memcpy(sp, aux, sizeof aux);

	__lstar_auxv = auxv;
	__environ = envp;
	__lstar_init_ssp(auxv);
	term_signal = deadlocked = 0;
	running = 1;
	if (__builtin_setjmp(run_jmp) == 0)
		exit(main_fn(argc, args, envp));
	running = 0;
	note_end(run_status);
	if (deadlocked)
		return -EDEADLK;
	if (run_status & 0x7f) {
		term_signal = run_status & 0x7f;
		return 128 + term_signal;
	}
	return (run_status >> 8) & 0xff;
}
