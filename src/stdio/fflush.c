#include "stdio_impl.h"

static int flush_one(FILE *f)
{
	return f ? __lstar_wflush(f) : 0;
}

/* Weak: naming fflush must not link stdout, stderr or the open-stream
 * list; a program that has none of them has nothing there to flush. */
extern FILE __lstar_stdout_FILE __weak;
extern FILE __lstar_stderr_FILE __weak;
extern FILE *__lstar_ofl_head __weak;

/* Every output stream: fflush(NULL), and the kernel model's exit. */
int __lstar_flush_all(void)
{
	int r = flush_one(&__lstar_stdout_FILE) | flush_one(&__lstar_stderr_FILE);
	if (&__lstar_ofl_head)
		for (FILE *f = __lstar_ofl_head; f; f = f->next)
			r |= __lstar_wflush(f);
	return r ? EOF : 0;
}

/* fflush(NULL) flushes every output stream.  On an input stream POSIX
 * asks for the descriptor's offset to become the stream's position: done
 * when the file can seek, otherwise the read-ahead is kept, not lost. */
int fflush(FILE *f)
{
	if (!f)
		return __lstar_flush_all();
	if (f->wend)
		return __lstar_wflush(f);
	if (f->rend)
		__lstar_rdrop(f);
	return 0;
}

int fflush_unlocked(FILE *f) __attribute__((alias("fflush")));
