/* assert.h: may be included again with NDEBUG changed (C11 7.2p1), so the
 * assert macro is redefined on every inclusion. */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned line, const char *func);
#if !defined(__cplusplus) && __STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif
#endif
