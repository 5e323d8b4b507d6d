/* Shared helpers for the kernel-model suites. */
#ifndef MODEL_TEST_H
#define MODEL_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "lstar_api.h"
#include "../../include/lstar/model.h"

/* lstar functions the model suites call beyond lstar_api.h. */
_Noreturn void lstar_exit(int status);
_Noreturn void lstar__exit(int status);
int lstar_atexit(void (*fn)(void));
char *lstar_getenv(const char *name);
_Noreturn void lstar_abort(void);
int lstar_printf(const char *fmt, ...);
int lstar_vprintf(const char *fmt, va_list ap);

/* lstar's syscall() reads six arguments whatever the call takes; the
 * tests pass all six so that ASan sees no read past the caller's frame. */

/* -1 and lstar's errno (not glibc's) set to err. */
#define expect_fail(call, err) do { \
	lstar_errno = 0; \
	assert_int_equal((long)(call), -1); \
	assert_int_equal(lstar_errno, (err)); \
} while (0)

static inline int model_setup(void **state)
{
	(void)state;
	lstar_model_reset();
	return 0;
}

/* The strace-style line of the last traced call (markers included). */
static inline const char *last_line(void)
{
	size_t n = lstar_model_trace_count();
	return n ? lstar_model_trace_get(n - 1)->line : "";
}

static inline void seed_file(const char *path, const char *text)
{
	assert_int_equal(lstar_model_write_file(path, text, strlen(text), 0644), 0);
}

static inline void assert_file(const char *path, const char *text)
{
	size_t len;
	const char *p = lstar_model_read_file(path, &len);
	assert_non_null(p);
	assert_int_equal(len, strlen(text));
	assert_memory_equal(p, text, len);
}

#endif
