/* Three lines through stdout: on a terminal one write per line and exactly
 * one ioctl (after the first write); on a pipe the first line, the ioctl,
 * then the rest in one write at exit (docs/stdio.md). */
#include <stdio.h>

int main(void)
{
	puts("one");
	fputs("two\n", stdout);
	putchar('t');
	puts("hree");
	return 0;
}
