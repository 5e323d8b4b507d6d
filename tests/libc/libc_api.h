/*
 * The parts of lstar the libc-core suites call, under the lstar_ names
 * tools/hostify.py gives them (see tests/hosted/lstar_api.h).  Types that
 * are identical in layout to glibc's (size_t, div_t...) are declared with
 * the host's types.
 */
#ifndef LSTAR_LIBC_API_H
#define LSTAR_LIBC_API_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <inttypes.h>

extern int lstar_errno;
extern char **lstar___environ;

/* string.h / strings.h */
void *lstar_memcpy(void *d, const void *s, size_t n);
void *lstar_memmove(void *d, const void *s, size_t n);
void *lstar_memset(void *d, int c, size_t n);
int lstar_memcmp(const void *a, const void *b, size_t n);
void *lstar_memchr(const void *s, int c, size_t n);
void *lstar_memrchr(const void *s, int c, size_t n);
void *lstar_memmem(const void *h, size_t hn, const void *n, size_t nn);
void *lstar_memccpy(void *d, const void *s, int c, size_t n);
void *lstar_mempcpy(void *d, const void *s, size_t n);
size_t lstar_strlen(const char *s);
size_t lstar_strnlen(const char *s, size_t n);
char *lstar_strcpy(char *d, const char *s);
char *lstar_strncpy(char *d, const char *s, size_t n);
char *lstar_stpcpy(char *d, const char *s);
char *lstar_stpncpy(char *d, const char *s, size_t n);
char *lstar_strcat(char *d, const char *s);
char *lstar_strncat(char *d, const char *s, size_t n);
int lstar_strcmp(const char *a, const char *b);
int lstar_strncmp(const char *a, const char *b, size_t n);
int lstar_strcoll(const char *a, const char *b);
size_t lstar_strxfrm(char *d, const char *s, size_t n);
char *lstar_strchr(const char *s, int c);
char *lstar_strrchr(const char *s, int c);
char *lstar_strchrnul(const char *s, int c);
char *lstar_strstr(const char *h, const char *n);
char *lstar_strcasestr(const char *h, const char *n);
int lstar_strverscmp(const char *l, const char *r);
size_t lstar_strspn(const char *s, const char *a);
size_t lstar_strcspn(const char *s, const char *r);
char *lstar_strpbrk(const char *s, const char *a);
char *lstar_strtok(char *s, const char *sep);
char *lstar_strtok_r(char *s, const char *sep, char **save);
char *lstar_strsep(char **sp, const char *sep);
char *lstar_strdup(const char *s);
char *lstar_strndup(const char *s, size_t n);
size_t lstar_strlcpy(char *d, const char *s, size_t n);
size_t lstar_strlcat(char *d, const char *s, size_t n);
int lstar_strcasecmp(const char *a, const char *b);
int lstar_strncasecmp(const char *a, const char *b, size_t n);
char *lstar_strerror(int e);
char *lstar_strerror_r(int e, char *buf, size_t n);
int lstar___xpg_strerror_r(int e, char *buf, size_t n);
char *lstar_strsignal(int sig);
void lstar_bzero(void *s, size_t n);
void lstar_explicit_bzero(void *s, size_t n);
int lstar_bcmp(const void *a, const void *b, size_t n);
void lstar_bcopy(const void *s, void *d, size_t n);
char *lstar_index(const char *s, int c);
char *lstar_rindex(const char *s, int c);
int lstar_ffs(int i);
int lstar_ffsl(long i);
int lstar_ffsll(long long i);

/* ctype.h */
int lstar_isalnum(int c);
int lstar_isalpha(int c);
int lstar_isblank(int c);
int lstar_iscntrl(int c);
int lstar_isdigit(int c);
int lstar_isgraph(int c);
int lstar_islower(int c);
int lstar_isprint(int c);
int lstar_ispunct(int c);
int lstar_isspace(int c);
int lstar_isupper(int c);
int lstar_isxdigit(int c);
int lstar_tolower(int c);
int lstar_toupper(int c);
int lstar_isascii(int c);
int lstar_toascii(int c);

/* stdlib.h: conversions */
int lstar_atoi(const char *s);
long lstar_atol(const char *s);
long long lstar_atoll(const char *s);
double lstar_atof(const char *s);
long lstar_strtol(const char *s, char **end, int base);
unsigned long lstar_strtoul(const char *s, char **end, int base);
long long lstar_strtoll(const char *s, char **end, int base);
unsigned long long lstar_strtoull(const char *s, char **end, int base);
intmax_t lstar_strtoimax(const char *s, char **end, int base);
uintmax_t lstar_strtoumax(const char *s, char **end, int base);
double lstar_strtod(const char *s, char **end);
float lstar_strtof(const char *s, char **end);
long double lstar_strtold(const char *s, char **end);

/* stdlib.h: memory */
void *lstar_malloc(size_t n);
void *lstar_calloc(size_t n, size_t size);
void *lstar_realloc(void *p, size_t n);
void *lstar_reallocarray(void *p, size_t n, size_t size);
void lstar_free(void *p);
void *lstar_aligned_alloc(size_t align, size_t n);
int lstar_posix_memalign(void **out, size_t align, size_t n);
void *lstar_memalign(size_t align, size_t n);
void *lstar_valloc(size_t n);
size_t lstar_malloc_usable_size(void *p);

/* stdlib.h: the rest */
void lstar_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void lstar_qsort_r(void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg);
void *lstar_bsearch(const void *key, const void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *));
int lstar_abs(int x);
long lstar_labs(long x);
long long lstar_llabs(long long x);
intmax_t lstar_imaxabs(intmax_t x);
div_t lstar_div(int a, int b);
ldiv_t lstar_ldiv(long a, long b);
lldiv_t lstar_lldiv(long long a, long long b);
imaxdiv_t lstar_imaxdiv(intmax_t a, intmax_t b);
int lstar_rand(void);
void lstar_srand(unsigned seed);
int lstar_rand_r(unsigned *seed);
long lstar_random(void);
void lstar_srandom(unsigned seed);
char *lstar_initstate(unsigned seed, char *state, size_t n);
char *lstar_setstate(char *state);
char *lstar_getenv(const char *name);
char *lstar_secure_getenv(const char *name);
int lstar_setenv(const char *name, const char *value, int overwrite);
int lstar_unsetenv(const char *name);
int lstar_putenv(char *s);
int lstar_clearenv(void);
int lstar_mkstemp(char *tmpl);
int lstar_mkostemp(char *tmpl, int flags);
int lstar_mkstemps(char *tmpl, int suffixlen);
char *lstar_mkdtemp(char *tmpl);
char *lstar_mktemp(char *tmpl);
char *lstar_realpath(const char *path, char *resolved);
_Noreturn void lstar_abort(void);
_Noreturn void lstar_quick_exit(int status);
int lstar_at_quick_exit(void (*fn)(void));
_Noreturn void lstar___assert_fail(const char *e, const char *f, unsigned l, const char *fn);

#endif
