/* dprintf: one write per call, no stream involved. */
#include <stdio.h>

int main(void)
{
	dprintf(1, "%d-%s\n", 7, "seven");
	dprintf(1, "%.3f|%5s|\n", 2.0 / 3, "ab");
	return 0;
}
