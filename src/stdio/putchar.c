#include "stdio_impl.h"

int putchar(int c)
{
	return fputc(c, &__lstar_stdout_FILE);
}

int putchar_unlocked(int c) __attribute__((alias("putchar")));
