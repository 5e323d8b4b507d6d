#ifndef LSTAR_QUICK_EXIT_H
#define LSTAR_QUICK_EXIT_H
#include "libc.h"
/* Defined by at_quick_exit.c: a program that never registers a handler
 * does not link the table. */
void __lstar_funcs_on_quick_exit(void) __weak __hidden;
#endif
