#include "getopt_impl.h"

int getopt(int argc, char *const argv[], const char *optstring)
{
	return __lstar_getopt(argc, argv, optstring, 0, 0, 0);
}
