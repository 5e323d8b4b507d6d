#define _GNU_SOURCE
#include <string.h>

/* The empty asm takes s as an input and clobbers memory, so the compiler
 * must assume the zeroed bytes are read and cannot drop the memset. */
void explicit_bzero(void *s, size_t n)
{
	memset(s, 0, n);
	__asm__ __volatile__("" : : "r"(s) : "memory");
}
