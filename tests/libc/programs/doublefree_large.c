/* Freeing a large block (a mapping of its own) twice must abort with a
 * message: its header went with the mapping, so reading it would fault. */
#include <stdlib.h>

int main(void)
{
	char *volatile p = malloc(1 << 20);
	p[0] = 1;
	free(p);
	free(p);
	return 0;
}
