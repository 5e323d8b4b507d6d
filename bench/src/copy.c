/* Line copy through stdio: fgets from a file, fputs to stdout. */
#include <stdio.h>

int main(int argc, char **argv)
{
	char line[4096];
	FILE *in;

	if (argc < 2 || !(in = fopen(argv[1], "r")))
		return 1;
	while (fgets(line, sizeof line, in))
		if (fputs(line, stdout) == EOF)
			return 1;
	fclose(in);
	return fflush(stdout) == EOF;
}
