#ifndef _WCTYPE_H
#define _WCTYPE_H
/* Wide character classes in the C locale: the <ctype.h> answers for
 * 0..127, nothing for any other value (glibc's "C" locale does the same). */
#ifndef __lstar_wint_defined
#define __lstar_wint_defined
typedef __WINT_TYPE__ wint_t;
#endif
#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif

typedef unsigned long wctype_t;
typedef const int *wctrans_t;

int iswalnum(wint_t wc);
int iswalpha(wint_t wc);
int iswblank(wint_t wc);
int iswcntrl(wint_t wc);
int iswdigit(wint_t wc);
int iswgraph(wint_t wc);
int iswlower(wint_t wc);
int iswprint(wint_t wc);
int iswpunct(wint_t wc);
int iswspace(wint_t wc);
int iswupper(wint_t wc);
int iswxdigit(wint_t wc);
wint_t towlower(wint_t wc);
wint_t towupper(wint_t wc);
wctype_t wctype(const char *name);
int iswctype(wint_t wc, wctype_t type);
wctrans_t wctrans(const char *name);
wint_t towctrans(wint_t wc, wctrans_t t);
#endif
