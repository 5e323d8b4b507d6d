#include <stdlib.h>

/* glibc's rand is its random(); programs print the same sequence. */
int rand(void)
{
	return (int)random();
}
