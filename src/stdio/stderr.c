#include "stdio_impl.h"

/* Unbuffered (buf_size 0), yet with storage in case setvbuf asks for a
 * buffer: .bss costs no file size and no memory until touched. */
static unsigned char buf[UNGET + __LSTAR_BUFSZ];

FILE __lstar_stderr_FILE = {
	.buf = buf + UNGET,
	.buf_size = 0,
	.buf_cap = __LSTAR_BUFSZ,
	.flags = F_PERM | F_NORD,
	.lbf = '\n',	/* unbuffered: see __lstar_wroom */
	.fd = 2,
};

/* Unbuffered unless setvbuf says otherwise; then exit must flush it
 * (stdout.c explains the entry). */
static void stderr_exit(void)
{
	__lstar_wflush(&__lstar_stderr_FILE);
}

__attribute__((section(".fini_array.00100"), used))
static void (*const stderr_exit_p)(void) = stderr_exit;

FILE *const (stderr) = &__lstar_stderr_FILE;
