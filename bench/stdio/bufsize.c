/* Read argv[1] line by line through a stream whose buffer is argv[2]
 * bytes (setvbuf), counting lines: the cost of the buffer size alone. */
#include <stdio.h>

static char buf[1 << 20];

int main(int argc, char **argv)
{
	char line[4096];
	long lines = 0;
	size_t size = 0;
	if (argc != 3)
		return 2;
	for (const char *p = argv[2]; *p; p++)
		size = size * 10 + (size_t)(*p - '0');
	FILE *in = fopen(argv[1], "r");
	if (!in || setvbuf(in, buf, _IOFBF, size))
		return 1;
	while (fgets(line, sizeof line, in))
		lines++;
	return lines == 0;
}
