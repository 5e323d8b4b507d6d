/*
 * Force-included (-include) into an unchanged stdio program so that it
 * runs on lstar in a hosted test: glibc's <stdio.h> and <unistd.h> are read
 * first (the program's own #includes are then no-ops), after which each
 * stdio name the test programs use is a macro for lstar's hostified
 * function.  FILE stays an opaque pointer on both sides of the casts.
 */
#include <stdio.h>
#include <unistd.h>
#include "../stdio/stdio_api.h"

int lstar_printf(const char *fmt, ...);
_Noreturn void lstar__exit(int status);

#undef stdin
#undef stdout
#undef stderr
#define stdin ((FILE *)lstar_stdin)
#define stdout ((FILE *)lstar_stdout)
#define stderr ((FILE *)lstar_stderr)
#undef putchar
#undef fputc
#define puts(s) lstar_puts(s)
#define fputs(s, f) lstar_fputs((s), (lstar_FILE *)(f))
#define putchar(c) lstar_putchar(c)
#define fputc(c, f) lstar_fputc((c), (lstar_FILE *)(f))
#define fwrite(p, s, n, f) lstar_fwrite((p), (s), (n), (lstar_FILE *)(f))
#define fopen(p, m) ((FILE *)lstar_fopen((p), (m)))
#define fgets(s, n, f) lstar_fgets((s), (n), (lstar_FILE *)(f))
#define fclose(f) lstar_fclose((lstar_FILE *)(f))
#define feof(f) lstar_feof((lstar_FILE *)(f))
#define ferror(f) lstar_ferror((lstar_FILE *)(f))
#define setvbuf(f, b, m, n) lstar_setvbuf((lstar_FILE *)(f), (b), (m), (n))
#define printf lstar_printf
#define _exit(s) lstar__exit(s)
