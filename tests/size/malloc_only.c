#include <stdlib.h>
#include <string.h>

/* Allocates and never frees: the allocator's free path must stay out. */
int main(int argc, char **argv)
{
	char *p = malloc(64 + (size_t)argc);
	(void)argv;
	if (!p)
		return 1;
	memset(p, 'x', 64);
	return p[63] != 'x';
}
