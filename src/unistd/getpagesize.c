#include <unistd.h>
#include "syscall.h"

int getpagesize(void)
{
	return 4096;
}
