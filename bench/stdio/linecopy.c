/* Line copy through stdio: fgets from argv[1], fputs to argv[2]. */
#include <stdio.h>

int main(int argc, char **argv)
{
	char line[4096];
	if (argc != 3)
		return 2;
	FILE *in = fopen(argv[1], "r"), *out = fopen(argv[2], "w");
	if (!in || !out)
		return 1;
	while (fgets(line, sizeof line, in))
		fputs(line, out);
	return fclose(out) || fclose(in);
}
