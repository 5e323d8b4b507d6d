#ifndef _WCHAR_H
#define _WCHAR_H
/*
 * Wide characters, C locale only (lstar has no other): bytes 0..127 are
 * the characters 0..127 and every other byte is an encoding error (EILSEQ),
 * as in glibc's "C" locale.  MB_CUR_MAX is 1 and no state is ever kept,
 * but mbstate_t has glibc's size and layout.
 */
#include <stddef.h>
#include <stdarg.h>

#ifndef __lstar_wint_defined
#define __lstar_wint_defined
typedef __WINT_TYPE__ wint_t;
#endif

typedef struct {
	int __count;
	union { unsigned __wch; char __wchb[4]; } __value;
} mbstate_t;

#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif
#define WCHAR_MIN __WCHAR_MIN__
#define WCHAR_MAX __WCHAR_MAX__

size_t wcslen(const wchar_t *s);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s);
wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s);
wchar_t *wcschr(const wchar_t *s, wchar_t c);
wchar_t *wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);

wint_t btowc(int c);
int wctob(wint_t wc);
int mbsinit(const mbstate_t *ps);
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps);
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict ps);
size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict ps);
#endif
