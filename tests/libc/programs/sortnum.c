/* Sorts its arguments numerically (strtod + malloc + qsort + free) and
 * writes them one per line with write(2): no stdio needed. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct item { double v; const char *s; };

static int by_value(const void *a, const void *b)
{
	double x = ((const struct item *)a)->v, y = ((const struct item *)b)->v;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	struct item *it = malloc((argc - 1) * sizeof *it);
	if (!it)
		return 1;
	for (int i = 1; i < argc; i++) {
		char *end;
		it[i - 1].v = strtod(argv[i], &end);
		it[i - 1].s = argv[i];
		if (*end)
			return 2;
	}
	qsort(it, argc - 1, sizeof *it, by_value);
	for (int i = 0; i < argc - 1; i++) {
		write(1, it[i].s, strlen(it[i].s));
		write(1, "\n", 1);
	}
	free(it);
	return 0;
}
