/* stderr is unbuffered: every call is one write, at once. */
#include <stdio.h>

int main(void)
{
	fputs("one ", stderr);
	fputc('2', stderr);
	fwrite(" three\n", 1, 7, stderr);
	return 0;
}
