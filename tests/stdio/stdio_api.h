/*
 * lstar's stdio as a hosted test sees it: every name carries the lstar_
 * prefix tools/hostify.py gives it, and FILE is opaque (lstar_FILE), so
 * the glibc runner can never hand one libc's stream to the other.
 */
#ifndef LSTAR_STDIO_API_H
#define LSTAR_STDIO_API_H

#include <stddef.h>
#include <sys/types.h>

typedef struct lstar_FILE lstar_FILE;
typedef struct { off_t pos; } lstar_fpos_t;

extern int lstar_errno;
extern lstar_FILE *const lstar_stdin;
extern lstar_FILE *const lstar_stdout;
extern lstar_FILE *const lstar_stderr;

lstar_FILE *lstar_fopen(const char *path, const char *mode);
lstar_FILE *lstar_fdopen(int fd, const char *mode);
lstar_FILE *lstar_freopen(const char *path, const char *mode, lstar_FILE *f);
lstar_FILE *lstar_fmemopen(void *buf, size_t size, const char *mode);
lstar_FILE *lstar_open_memstream(char **bufp, size_t *sizep);
lstar_FILE *lstar_tmpfile(void);
int lstar_fclose(lstar_FILE *f);
int lstar_fflush(lstar_FILE *f);
int lstar_fileno(lstar_FILE *f);
int lstar_feof(lstar_FILE *f);
int lstar_ferror(lstar_FILE *f);
void lstar_clearerr(lstar_FILE *f);
int lstar_setvbuf(lstar_FILE *f, char *buf, int mode, size_t size);
void lstar_setbuf(lstar_FILE *f, char *buf);
void lstar_setbuffer(lstar_FILE *f, char *buf, size_t size);
void lstar_setlinebuf(lstar_FILE *f);

int lstar_fgetc(lstar_FILE *f);
int lstar_getc(lstar_FILE *f);
int lstar_getchar(void);
int lstar_ungetc(int c, lstar_FILE *f);
int lstar_fputc(int c, lstar_FILE *f);
int lstar_putc(int c, lstar_FILE *f);
int lstar_putchar(int c);
char *lstar_fgets(char *s, int n, lstar_FILE *f);
int lstar_fputs(const char *s, lstar_FILE *f);
int lstar_puts(const char *s);
size_t lstar_fread(void *p, size_t size, size_t n, lstar_FILE *f);
size_t lstar_fwrite(const void *p, size_t size, size_t n, lstar_FILE *f);
ssize_t lstar_getline(char **line, size_t *n, lstar_FILE *f);
ssize_t lstar_getdelim(char **line, size_t *n, int delim, lstar_FILE *f);

int lstar_fseek(lstar_FILE *f, long off, int whence);
int lstar_fseeko(lstar_FILE *f, off_t off, int whence);
long lstar_ftell(lstar_FILE *f);
off_t lstar_ftello(lstar_FILE *f);
void lstar_rewind(lstar_FILE *f);
int lstar_fgetpos(lstar_FILE *f, lstar_fpos_t *pos);
int lstar_fsetpos(lstar_FILE *f, const lstar_fpos_t *pos);

int lstar_getc_unlocked(lstar_FILE *f);
int lstar_getchar_unlocked(void);
int lstar_putc_unlocked(int c, lstar_FILE *f);
int lstar_putchar_unlocked(int c);
int lstar_fgetc_unlocked(lstar_FILE *f);
int lstar_fputc_unlocked(int c, lstar_FILE *f);
int lstar_fflush_unlocked(lstar_FILE *f);
size_t lstar_fread_unlocked(void *p, size_t size, size_t n, lstar_FILE *f);
size_t lstar_fwrite_unlocked(const void *p, size_t size, size_t n, lstar_FILE *f);
char *lstar_fgets_unlocked(char *s, int n, lstar_FILE *f);
int lstar_fputs_unlocked(const char *s, lstar_FILE *f);
int lstar_feof_unlocked(lstar_FILE *f);
int lstar_ferror_unlocked(lstar_FILE *f);
void lstar_clearerr_unlocked(lstar_FILE *f);
int lstar_fileno_unlocked(lstar_FILE *f);
void lstar_flockfile(lstar_FILE *f);
int lstar_ftrylockfile(lstar_FILE *f);
void lstar_funlockfile(lstar_FILE *f);

void lstar_perror(const char *s);
int lstar_remove(const char *path);
char *lstar_strerror(int e);
void lstar_free(void *p);

/* The seam the printf family writes through (src/internal/stdio_impl.h). */
size_t lstar___lstar_fwritex(const unsigned char *s, size_t n, lstar_FILE *f);
size_t lstar___lstar_fwrite_part(const unsigned char *s, size_t n, lstar_FILE *f, int line);
int lstar___lstar_fwrite_end(lstar_FILE *f);

#endif
