/* Freeing twice must abort with a message, never corrupt silently. */
#include <stdlib.h>

int main(void)
{
	/* volatile: the compiler may not pair up and delete malloc/free */
	char *volatile p = malloc(64);
	char *volatile q = malloc(64);
	free(p);
	free(p);
	return q == 0;
}
