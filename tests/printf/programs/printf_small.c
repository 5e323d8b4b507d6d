/* The size probe: printf with %d %s %f only. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("%d %s %f\n", argc, argv[0] ? "ok" : "none", argc * 1.5);
	return 0;
}
