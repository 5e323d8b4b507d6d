#include "stdio_impl.h"

/* Streams opened at run time, for fflush(NULL) and exit; the three
 * standard streams are reached directly. */
FILE *__lstar_ofl_head;

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
