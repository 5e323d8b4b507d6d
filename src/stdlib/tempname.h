/* The shared core of mkstemp, mkostemp, mkstemps, mkdtemp and mktemp. */
#ifndef LSTAR_TEMPNAME_H
#define LSTAR_TEMPNAME_H
#include "libc.h"

enum { TEMP_FILE, TEMP_DIR, TEMP_NAME };

/* tmpl ends in "XXXXXX" followed by suffixlen more bytes.  Tries random
 * names until one can be created (O_EXCL) or, for TEMP_NAME, does not
 * exist.  Returns the fd (TEMP_FILE) or 0, and -1 with errno on failure
 * (EINVAL if the template is malformed, leaving it unchanged). */
int __lstar_tempname(char *tmpl, int suffixlen, int flags, int kind) __hidden;
#endif
