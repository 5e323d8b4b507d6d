/* The first small allocations make no system call (the static seed arena):
 * with free linked, so this is the full allocator. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char *p = malloc(100), *q = malloc(4000);
	if (!p || !q)
		return 1;
	strcpy(p, "seeded\n");
	free(q);
	q = realloc(p, 200);
	write(1, q, strlen(q));
	free(q);
	return 0;
}
