#include <assert.h>

static_assert(sizeof(int) == 4, "LP64");

static int twice(int x)
{
	assert(x * 2 == 6);
	return x * 2;
}

int main(int argc, char **argv)
{
	(void)argv;
	return twice(argc + 2);	/* argc 1: 3 * 2 == 6 holds */
}
