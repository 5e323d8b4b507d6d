#include "stdio_impl.h"

int getchar(void)
{
	return fgetc(&__lstar_stdin_FILE);
}

int getchar_unlocked(void) __attribute__((alias("getchar")));
