#include "stdio_impl.h"

static unsigned char buf[UNGET + __LSTAR_BUFSZ];

/*
 * Zero-initialised, so stdout costs no file bytes: an initialised FILE
 * would put 136 bytes and a .data section header (64 more) into every
 * program that prints (docs/size.md).  It is set up by the constructor
 * below, which runs before any of the program's own: priorities up to 100
 * belong to the implementation, and the start-up code walks the sorted
 * .init_array.* entries first.  No system call: whether fd 1 is a terminal
 * is decided lazily (F_UNDET, docs/stdio.md).
 */
FILE __lstar_stdout_FILE;

static void stdout_init(void)
{
	FILE *f = &__lstar_stdout_FILE;
	/* Through a register: each store is then 3 bytes shorter than one
	 * addressed by its own RIP-relative displacement. */
	__asm__("" : "+r"(f));
	f->buf = buf + UNGET;
	f->buf_size = f->buf_cap = __LSTAR_BUFSZ;
	f->flags = F_PERM | F_NORD | F_UNDET;
	f->lbf = '\n';
	f->fd = 1;
}

__attribute__((section(".init_array.00100"), used))
static void (*const stdout_init_p)(void) = stdout_init;

/* exit() flushes stdout from the last fini entry to run: the numbered
 * entries sort first and the array runs backwards, so every program
 * destructor (and atexit handler, which runs before the array) can still
 * print.  A direct entry costs hello 18 bytes; a flush-everything exit
 * hook cost 90 (docs/size.md). */
static void stdout_exit(void)
{
	__lstar_wflush(&__lstar_stdout_FILE);
}

__attribute__((section(".fini_array.00100"), used))
static void (*const stdout_exit_p)(void) = stdout_exit;

FILE *const (stdout) = &__lstar_stdout_FILE;
