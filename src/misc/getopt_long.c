#include "getopt_impl.h"

int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longindex)
{
	return __lstar_getopt(argc, argv, optstring, longopts, longindex, 0);
}
