/* As nosys.c, for the bump allocator (no free). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char *p = malloc(100), *q = calloc(10, 400);
	if (!p || !q)
		return 1;
	strcpy(p, "seeded\n");
	p = realloc(p, 200);
	write(1, p, strlen(p));
	return 0;
}
