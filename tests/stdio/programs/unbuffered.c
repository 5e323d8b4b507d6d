/* An unbuffered stdout: puts makes one write for the string and its
 * newline, and the room it was lent for the call is gone after it, so the
 * putchar that follows is written at once too, not held. */
#include <stdio.h>

int main(void)
{
	if (setvbuf(stdout, NULL, _IONBF, 0))
		return 1;
	puts("one");
	putchar('y');
	fputs("z\n", stdout);
	return 0;
}
