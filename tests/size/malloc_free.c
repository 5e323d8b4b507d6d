#include <stdlib.h>
#include <string.h>

/* The same program with free: links the full allocator. */
int main(int argc, char **argv)
{
	char *p = malloc(64 + (size_t)argc);
	(void)argv;
	if (!p)
		return 1;
	memset(p, 'x', 64);
	int r = p[63] != 'x';
	free(p);
	return r;
}
