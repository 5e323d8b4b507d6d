/* The environment array as setenv and friends grow it (src/stdlib/setenv.c). */
#ifndef LSTAR_ENV_H
#define LSTAR_ENV_H
#include "libc.h"

extern char **__environ;

/* Put "name=value" string s into the environment, replacing the entry for
 * the same name (name length n) if there is one.  0, or -1 with ENOMEM. */
int __lstar_env_put(char *s, size_t n) __hidden;
/* Remove every entry for the name of length n. */
void __lstar_env_remove(const char *name, size_t n) __hidden;
#endif
