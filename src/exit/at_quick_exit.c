#include <stdlib.h>
#include <errno.h>
#include "libc.h"
#include "quick_exit.h"

/* C11 requires room for 32; a static table needs no allocator. */
static void (*handlers[32])(void);
static int count;

int at_quick_exit(void (*fn)(void))
{
	if (!fn || count == 32) {
		errno = fn ? ENOMEM : EINVAL;
		return -1;
	}
	handlers[count++] = fn;
	return 0;
}

void __lstar_funcs_on_quick_exit(void)
{
	while (count > 0)
		handlers[--count]();
}
