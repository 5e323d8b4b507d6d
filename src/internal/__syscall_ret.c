#include <errno.h>
#include "syscall.h"

/* The only place a raw kernel result becomes errno: every POSIX wrapper
 * returns through here, so the -4095..-1 rule lives in one spot. */
long __syscall_ret(long r)
{
	if (__syscall_is_error(r)) {
		errno = (int)-r;
		return -1;
	}
	return r;
}
