/* setjmp/longjmp and sigsetjmp/siglongjmp, including leaving a signal
 * handler with siglongjmp and the mask restored (or not) as asked. */
#include <setjmp.h>
#include <signal.h>
#include "check.h"

static jmp_buf jb;
static sigjmp_buf sjb;
static volatile int depth;
/* Called through a pointer so the compiler cannot see it never returns. */
static void (*volatile jump)(struct __jmp_buf_tag *, int) = longjmp;

static __attribute__((noinline)) void deep(int n, int val)
{
	depth = n;
	if (n > 0)
		deep(n - 1, val);
	else
		jump(jb, val);
	depth++;	/* never reached */
}

static void on_usr1(int sig)
{
	(void)sig;
	siglongjmp(sjb, 7);
}

static int blocked(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	return sigismember(&cur, sig);
}

int main(void)
{
	volatile int count = 0;
	int r;

	/* Callee-saved state and the stack come back; val 0 reads as 1. */
	r = setjmp(jb);
	count++;
	if (r == 0)
		deep(50, 42);
	if (r == 42)
		deep(3, 0);
	CHECK(r == 1 && count == 3 && depth == 0);

	struct sigaction sa = { .sa_handler = on_usr1 };
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR1, &sa, 0) == 0);

	/* sigsetjmp(env, 1): the handler's mask (SIGUSR1 blocked) is undone. */
	r = sigsetjmp(sjb, 1);
	if (r == 0) {
		raise(SIGUSR1);
		CHECK(0);
	}
	CHECK(r == 7);
	CHECK(blocked(SIGUSR1) == 0);

	/* sigsetjmp(env, 0): jumping out of the handler leaves it blocked. */
	r = sigsetjmp(sjb, 0);
	if (r == 0) {
		raise(SIGUSR1);
		CHECK(0);
	}
	CHECK(r == 7);
	CHECK(blocked(SIGUSR1) == 1);

	/* _setjmp/_longjmp are the same pair. */
	r = _setjmp(jb);
	if (!r)
		_longjmp(jb, 5);
	CHECK(r == 5);
	put(1, "jumps ok\n");
	return 0;
}
