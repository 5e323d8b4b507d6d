/*
 * The formatters' view of output and input, independent of FILE.
 *
 * printf family: the engine (__lstar_vformat) writes into a sink.  A sink is
 * a window [buf, buf+cap) the engine fills directly; when the window is full
 * the sink's flush callback delivers it (to a stream, an fd, a growing heap
 * buffer) and hands back a fresh window, or switches the sink to counting
 * only (snprintf past its size).  So snprintf formats straight into the
 * caller's buffer, and stream output leaves in chunks, never per character.
 *
 * scanf family: the engine (__lstar_vscan) reads through a source's getc and
 * ungetc callbacks (one character of push-back is all it ever needs).
 */
#ifndef LSTAR_FORMAT_H
#define LSTAR_FORMAT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "libc.h"

struct __lstar_sink {
	char *buf;          /* current window */
	size_t pos, cap;    /* bytes used / window size */
	size_t done;        /* bytes delivered (or counted) before this window */
	int err;            /* errno value that stops formatting, 0 if none */
	/* Deliver buf[0..pos), add pos to done, then set buf/cap/pos for more
	 * output.  A sink left with cap == 0 only counts.  Sets err on failure. */
	void (*flush)(struct __lstar_sink *s);
	void *ctx;          /* the flush callback's destination */
};

void __lstar_sink_emit(struct __lstar_sink *s, const char *p, char c, size_t n) __hidden;

/* Append n bytes (one out-of-line copy: the formatter is built for size). */
void __lstar_sink_put(struct __lstar_sink *s, const char *p, size_t n) __hidden;

static inline void __lstar_sink_pad(struct __lstar_sink *s, char c, size_t n)
{
	if (n)
		__lstar_sink_emit(s, NULL, c, n);
}

/* Format into s.  Returns the total length, or -1 with errno set
 * (EOVERFLOW past INT_MAX, EINVAL for a bad format, or the sink's error). */
int __lstar_vformat(struct __lstar_sink *s, const char *fmt, va_list ap) __hidden;

/* Floating-point conversions (fmt_fp.c).  x is the value widened to long
 * double (exact for double); is_long selects long double's %a layout. */
struct __lstar_spec {
	int flags;          /* F_* below */
	int width;          /* >= 0 */
	int prec;           /* < 0: none */
	char conv;          /* conversion character */
};
/* F_LEFT..F_ZERO are the bits of "-+ #0" in order (vformat.c parses them
 * by position); F_GROUP is ' and I, accepted and ignored (C locale). */
enum {
	F_LEFT = 1, F_PLUS = 2, F_SPACE = 4, F_ALT = 8, F_ZERO = 16, F_GROUP = 32,
	F_LONGDBL = 64,
};
char *__lstar_utoa(uint64_t u, unsigned base, const char *xd, char *end) __hidden;
extern const char __lstar_xdigits[] __hidden;   /* "0123456789abcdefxp", then upper case */
void __lstar_fmt_fp(struct __lstar_sink *s, long double x, struct __lstar_spec *sp) __hidden;

/* A conversion's output: pre (sign, 0x), then zeros up to the width when
 * F_ZERO, z1 zeros, body, z2 zeros, suf (exponent); padded with spaces to
 * the width before it, or after it with F_LEFT. */
struct __lstar_field {
	const char *pre, *body, *suf;
	size_t npre, z1, nbody, z2, nsuf;
};
void __lstar_put_field(struct __lstar_sink *s, const struct __lstar_spec *sp,
		       const struct __lstar_field *f) __hidden;

/* Padding around a field of len bytes: spaces before it unless F_LEFT or
 * F_ZERO, zeros after the prefix when F_ZERO, spaces after it when F_LEFT. */
void __lstar_pad_before(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len) __hidden;
void __lstar_pad_zeros(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len) __hidden;
void __lstar_pad_after(struct __lstar_sink *s, const struct __lstar_spec *sp, size_t len) __hidden;

struct __lstar_source {
	int (*getc)(void *ctx);         /* next byte, or -1 at end/error */
	void (*ungetc)(int c, void *ctx);
	void *ctx;
};

int __lstar_vscan(struct __lstar_source *src, const char *fmt, va_list ap) __hidden;

/* One %f/%e/%g/%a item into dest (kind 0 float, 1 double, 2 long double;
 * dest NULL when suppressed), at most width characters (0: no limit).
 * *pos counts the characters consumed.  Returns 1 on success, 0 on a
 * matching failure, -1 on input failure (end of input before the item). */
int __lstar_scan_float(struct __lstar_source *src, size_t *pos, size_t width,
		       int kind, void *dest) __hidden;

#endif
