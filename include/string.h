#ifndef _STRING_H
#define _STRING_H
#include <stddef.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

void *memcpy(void *restrict d, const void *restrict s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memccpy(void *restrict d, const void *restrict s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
char *strcpy(char *restrict d, const char *restrict s);
char *strncpy(char *restrict d, const char *restrict s, size_t n);
char *stpcpy(char *restrict d, const char *restrict s);
char *stpncpy(char *restrict d, const char *restrict s, size_t n);
char *strcat(char *restrict d, const char *restrict s);
char *strncat(char *restrict d, const char *restrict s, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *restrict d, const char *restrict s, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *h, const char *n);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *restrict s, const char *restrict sep);
char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strerror(int e);
char *strsignal(int sig);

/*
 * strerror_r has two incompatible forms, chosen as glibc's header chooses:
 * the GNU one (returns the message, maybe not in buf) under _GNU_SOURCE,
 * otherwise the POSIX/XSI one (returns 0 or an error number), which is
 * __xpg_strerror_r in the library.
 */
#ifdef _GNU_SOURCE
char *strerror_r(int e, char *buf, size_t n);
#else
int strerror_r(int e, char *buf, size_t n) __asm__("__xpg_strerror_r");
#endif

#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
	!(defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || defined(__STRICT_ANSI__))
char *strsep(char **sp, const char *sep);
size_t strlcpy(char *restrict d, const char *restrict s, size_t n);
size_t strlcat(char *restrict d, const char *restrict s, size_t n);
void explicit_bzero(void *s, size_t n);
#include <strings.h>
#endif

/* The GNU basename; <libgen.h> turns basename into the POSIX one. */
#if defined(_GNU_SOURCE) && !defined(basename)
char *basename(const char *path);
#endif

#ifdef _GNU_SOURCE
void *memrchr(const void *s, int c, size_t n);
void *memmem(const void *h, size_t hn, const void *n, size_t nn);
void *rawmemchr(const void *s, int c);
void *mempcpy(void *restrict d, const void *restrict s, size_t n);
char *strchrnul(const char *s, int c);
char *strcasestr(const char *h, const char *n);
int strverscmp(const char *l, const char *r);
#endif

#endif
