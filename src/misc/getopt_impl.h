#ifndef LSTAR_GETOPT_IMPL_H
#define LSTAR_GETOPT_IMPL_H
#include <getopt.h>
#include "libc.h"

/* The one parser behind getopt, getopt_long and getopt_long_only
 * (src/misc/getopt_core.c). */
int __lstar_getopt(int argc, char *const argv[], const char *optstring,
		   const struct option *longopts, int *longindex, int long_only) __hidden;
#endif
