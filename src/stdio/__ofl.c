#include "stdio_impl.h"

/* Streams opened at run time, for fflush(NULL) and exit; the three
 * standard streams are reached directly. */
FILE *__lstar_ofl_head;

/* exit() flushes them from a fini entry (stdout.c explains when it runs). */
static void ofl_exit(void)
{
	for (FILE *f = __lstar_ofl_head; f; f = f->next)
		__lstar_wflush(f);
}

__attribute__((section(".fini_array.00100"), used))
static void (*const ofl_exit_p)(void) = ofl_exit;

void __lstar_ofl_add(FILE *f)
{
	f->prev = 0;
	f->next = __lstar_ofl_head;
	if (f->next)
		f->next->prev = f;
	__lstar_ofl_head = f;
}

void __lstar_ofl_del(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else if (__lstar_ofl_head == f)
		__lstar_ofl_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->prev = f->next = 0;
}
