/*
 * The printf/scanf family as a hosted test sees it: tools/hostify.py renames
 * every lstar symbol to lstar_<name>, so these are lstar's functions, never
 * glibc's, and lstar_errno is lstar's errno.
 */
#ifndef LSTAR_PRINTF_API_H
#define LSTAR_PRINTF_API_H

#include <stdarg.h>
#include <stddef.h>

extern int lstar_errno;

int lstar_snprintf(char *buf, size_t n, const char *fmt, ...);
int lstar_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
int lstar_sprintf(char *buf, const char *fmt, ...);
int lstar_vsprintf(char *buf, const char *fmt, va_list ap);
int lstar_asprintf(char **s, const char *fmt, ...);
int lstar_vasprintf(char **s, const char *fmt, va_list ap);
int lstar_dprintf(int fd, const char *fmt, ...);
int lstar_vdprintf(int fd, const char *fmt, va_list ap);
void lstar_free(void *p);

/* Streams are lstar's own FILE: opaque here. */
typedef struct lstar_FILE lstar_FILE;
lstar_FILE *lstar_fopen(const char *path, const char *mode);
int lstar_fclose(lstar_FILE *f);
int lstar_fflush(lstar_FILE *f);
int lstar_fgetc(lstar_FILE *f);
int lstar_ferror(lstar_FILE *f);
int lstar_fprintf(lstar_FILE *f, const char *fmt, ...);
int lstar_vfprintf(lstar_FILE *f, const char *fmt, va_list ap);
int lstar_fscanf(lstar_FILE *f, const char *fmt, ...);
int lstar_vfscanf(lstar_FILE *f, const char *fmt, va_list ap);

int lstar_sscanf(const char *s, const char *fmt, ...);
int lstar_vsscanf(const char *s, const char *fmt, va_list ap);

#endif
