#include <stdlib.h>
#include <errno.h>
#include "libc.h"

/* POSIX requires at least 32 registrations; a static table needs no
 * allocator and cannot fail before that. */
#define ATEXIT_SLOTS 32

static void (*handlers[ATEXIT_SLOTS])(void);
static int count;

int atexit(void (*fn)(void))
{
	if (!fn || count == ATEXIT_SLOTS) {
		errno = fn ? ENOMEM : EINVAL;
		return -1;
	}
	handlers[count++] = fn;
	return 0;
}

/* A handler may call atexit itself: re-read count on every step. */
void __lstar_funcs_on_exit(void)
{
	while (count > 0)
		handlers[--count]();
}
