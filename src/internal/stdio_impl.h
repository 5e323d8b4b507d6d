/*
 * The seam between lstar's stream layer and its formatters.
 *
 * The stream layer (src/stdio: FILE, buffers, fopen, fgets, puts, ...)
 * defines struct _IO_FILE below this comment and implements
 * __lstar_fwritex.  The printf family formats through a sink and the scanf
 * family reads through a source (src/stdio/format.h), so neither depends on
 * FILE's layout: vfprintf writes with __lstar_fwritex, vfscanf reads with
 * getc/ungetc.
 */
#ifndef LSTAR_STDIO_IMPL_H
#define LSTAR_STDIO_IMPL_H

#include <stdio.h>
#include "libc.h"

/* Write n bytes to f through its buffer, honouring its buffering mode.
 * Returns the number of bytes accepted (n unless an error occurred, in
 * which case f's error flag and errno are set). */
size_t __lstar_fwritex(const unsigned char *restrict s, size_t n, FILE *restrict f) __hidden;

#endif
