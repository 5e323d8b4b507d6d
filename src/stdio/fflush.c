#include "stdio_impl.h"

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
