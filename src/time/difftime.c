#include <time.h>
#include "syscall.h"

double difftime(time_t a, time_t b)
{
	return (double)a - (double)b;
}
