#include "stdio_impl.h"

/* Streams opened at run time, for fflush(NULL) and exit, linked through
 * next by __file_pool.c; the three standard streams are reached
 * directly. */
FILE *__lstar_ofl_head;

/* exit() flushes them from a fini entry (stdout.c explains when it runs). */
static void ofl_exit(void)
{
	for (FILE *f = __lstar_ofl_head; f; f = f->next)
		__lstar_wflush(f);
}

__attribute__((section(".fini_array.00100"), used))
static void (*const ofl_exit_p)(void) = ofl_exit;
