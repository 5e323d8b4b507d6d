#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Links stdio, printf and malloc: none of them may set itself up with a
 * system call before main (they start lazily). */
int main(void)
{
	getppid();
	char *p = malloc(16);
	printf("%s %d\n", p ? "ok" : "none", 1);
	free(p);
	return 0;
}
