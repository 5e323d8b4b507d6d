/* The seed article's program (linux-insides, "System calls in the Linux
 * kernel. Part 1"), as printed there: fopen, fgets, printf, fclose. */
#include <stdio.h>

int main(int argc, char **argv)
{
	FILE *fp;
	char buff[255];

	(void)argc;
	(void)argv;
	fp = fopen("test.txt", "r");
	fgets(buff, 255, fp);
	printf("%s\n", buff);
	fclose(fp);
	return 0;
}
