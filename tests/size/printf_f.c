#include <stdio.h>

int main(int argc, char **argv)
{
	printf("%d %s %f\n", argc, argv[0], argc * 1.5);
	return 0;
}
