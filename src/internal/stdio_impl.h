/*
 * The seam between lstar's stream layer and its formatters, and the stream
 * layer's own internals (docs/stdio.md).
 *
 * The stream layer (src/stdio: FILE, buffers, fopen, fgets, puts, ...)
 * defines struct _IO_FILE below and implements __lstar_fwritex.  The printf
 * family formats through a sink and the scanf family reads through a source
 * (src/stdio/format.h), so neither depends on FILE's layout: vfprintf writes
 * with __lstar_fwritex, vfscanf reads with getc/ungetc.
 */
#ifndef LSTAR_STDIO_IMPL_H
#define LSTAR_STDIO_IMPL_H

#include <stdio.h>
#include <errno.h>
#include <lstar/syscall.h>
#include "libc.h"
#include "string_arch.h"

/* Bytes of headroom below every buffer, so ungetc always has room even
 * when nothing has been read yet. */
#define UNGET 8

/* Buffer size of every lstar-allocated stream (docs/stdio.md: measured). */
#define __LSTAR_BUFSZ 65536

#define F_EOF   0x001u /* end-of-file indicator */
#define F_ERR   0x002u /* error indicator */
#define F_NORD  0x004u /* not opened for reading */
#define F_NOWR  0x008u /* not opened for writing */
#define F_APP   0x010u /* O_APPEND: the kernel puts every write at the end */
#define F_UNDET 0x040u /* stdout: tty or not still undecided, acts line-buffered;
			* after its first write it has no room (wend == buf) */
#define F_PERM  0x100u /* stdin/stdout/stderr: never freed */
#define F_NLHELD 0x800u /* a held-back newline awaits __lstar_fwrite_end */

/*
 * Invariants:
 *  - reading   <=> rend != NULL; unread bytes are [rpos, rend).
 *  - writing   <=> wend != NULL; pending bytes are [wbase, wpos), free room
 *    is [wpos, wend).  Never both.
 *  - buf has UNGET writable bytes below it; buf_cap bytes of storage from
 *    buf on; buf_size is the part in use (0 when unbuffered).
 *  - lbf is '\n' for line-buffered, undetermined and unbuffered streams
 *    (these flush at the end of a call), -1 for fully buffered ones, so
 *    putc's fast path needs a single compare.  An unbuffered stream has
 *    no room (wend == wpos) between calls.
 *  - read/write/seek/close NULL mean "the file descriptor fd": the calls go
 *    straight to sys_read & co (see __lstar_s* below), so a program using
 *    only stdout links no read, seek or close code.  Memory streams and the
 *    kernel model's streams set them.  They return bytes or -errno, and
 *    make one attempt: the callers retry EINTR and short writes.
 */
struct _IO_FILE {
	unsigned char *rpos, *rend;
	unsigned char *wbase, *wpos, *wend;
	unsigned char *buf;
	size_t buf_size;
	size_t buf_cap;
	unsigned flags;
	int lbf;
	int fd;
	ssize_t (*read)(FILE *f, unsigned char *buf, size_t n);
	ssize_t (*write)(FILE *f, const unsigned char *buf, size_t n);
	off_t (*seek)(FILE *f, off_t off, int whence);
	int (*close)(FILE *f);
	FILE *next;		/* open-stream list (not the three std streams) */
	void *cookie;		/* memory streams' state */
};

static inline ssize_t __lstar_sread(FILE *f, unsigned char *p, size_t n)
{
	return f->read ? f->read(f, p, n) : sys_read(f->fd, p, n);
}

static inline ssize_t __lstar_swrite(FILE *f, const unsigned char *p, size_t n)
{
	return f->write ? f->write(f, p, n) : sys_write(f->fd, p, n);
}

static inline off_t __lstar_sseek(FILE *f, off_t off, int whence)
{
	return f->seek ? f->seek(f, off, whence) : sys_lseek(f->fd, off, whence);
}

/*
 * Helpers for the line paths (fgets, fputs, fwritex): lines are short, so
 * a call into memchr/strlen/memcpy plus their alignment prologues costs
 * more than the bytes.  The arch moves whole 16-byte blocks
 * (string_arch.h: arch_copy_blocks_upto, arch_copy_blocks, arch_strlen);
 * these finish the last partial block byte by byte.
 */
static inline int __lstar_has_newline(const unsigned char *s, size_t n)
{
	for (size_t i = arch_copy_blocks_upto(0, s, n, '\n'); i < n; i++)
		if (s[i] == '\n')
			return 1;
	return 0;
}

/* Copy n bytes.  Inline rather than memcpy: lines are short, and it keeps
 * the string functions (large, vectorised) out of a program whose only
 * stdio is puts.  Big blocks bypass the buffer, so this never copies more
 * than a buffer. */
static inline void __lstar_copy(unsigned char *restrict d, const unsigned char *restrict s, size_t n)
{
	for (size_t i = arch_copy_blocks(d, s, n); i < n; i++)
		d[i] = s[i];
}

/* Copy up to n bytes from s to d, stopping after the first c; returns the
 * count copied. */
static inline size_t __lstar_copy_upto(unsigned char *restrict d, const unsigned char *restrict s,
				       size_t n, unsigned char c)
{
	size_t i = arch_copy_blocks_upto(d, s, n, c);
	for (; i < n; i++)
		if ((d[i] = s[i]) == c)
			return i + 1;
	return n;
}


/* Sets the error indicator and errno from a -errno; returns EOF. */
static inline int __lstar_ferr(FILE *f, long neg_errno)
{
	f->flags |= F_ERR;
	errno = (int)-neg_errno;
	return EOF;
}

/* For public functions handed a NULL stream: a defined failure, not a
 * crash. */
static inline int __lstar_badf(void)
{
	errno = EINVAL;
	return EOF;
}

/* Write n bytes to f through its buffer, honouring its buffering mode.
 * Returns the number of bytes accepted (n unless an error occurred, in
 * which case f's error flag and errno are set).  Accepted bytes are written
 * or held in the buffer; bytes not accepted are not in the stream, so a
 * caller may retry them without duplicating output. */
size_t __lstar_fwritex(const unsigned char *restrict s, size_t n, FILE *restrict f) __hidden;
/* The general path under it.  line 0 holds back the line-buffered flush,
 * so a call made of parts makes one write: puts holds the string and its
 * newline part flushes; vfprintf may write every piece with line 0 and
 * finish with __lstar_fwrite_end, which flushes (0, or EOF on a write
 * error) only if a held part had a newline. */
size_t __lstar_fwrite_part(const unsigned char *restrict s, size_t n, FILE *restrict f, int line) __hidden;
int __lstar_fwrite_end(FILE *f) __hidden;

/* Mode switch: 0, or EOF with EBADF and the error indicator when the
 * stream was not opened for reading (or when flushing failed). */
int __lstar_toread(FILE *f) __hidden;
/* Write n bytes straight to the file, retrying EINTR and short writes;
 * returns the count written (short: error indicator and errno set).  Only
 * with no output pending. */
size_t __lstar_writeall(FILE *f, const unsigned char *p, size_t n) __hidden;
/* Write out pending output: 0, or EOF (pending bytes kept). */
int __lstar_wflush(FILE *f) __hidden;
/* No room in the write window: enter write mode (EBADF and the error
 * indicator when the stream was not opened for writing), or flush and, on
 * an undecided stdout, make its one tty decision (line or full buffering);
 * 0, or EOF (pending bytes kept). */
int __lstar_wroom(FILE *f) __hidden;
/* fflush(NULL) and the exit hook: every stream with pending output. */
int __lstar_flush_all(void) __hidden;
/* Leave read mode: give unread bytes back to the file by seeking (when it
 * can seek); 0, or -1 when unread bytes had to stay buffered. */
int __lstar_rdrop(FILE *f) __hidden;

/* Refill an empty read buffer: 0 when bytes are available, EOF at end of
 * file (EOF indicator) or on error (error indicator and errno). */
int __lstar_refill(FILE *f) __hidden;
int __lstar_uflow(FILE *f) __hidden;
int __lstar_overflow(FILE *f, int c) __hidden;

/* fopen mode string -> O_* flags, or -1 (errno EINVAL). */
int __lstar_fmodeflags(const char *mode) __hidden;
/* A stream on fd for open flags oflags, from the pool or its own mapping,
 * on the open-stream list; NULL with ENOMEM. */
FILE *__lstar_fdopen_flags(int fd, int oflags) __hidden;
/* Takes f off the open-stream list and frees it. */
void __lstar_file_free(FILE *f) __hidden;
extern FILE *__lstar_ofl_head __hidden;

off_t __lstar_ftello(FILE *f) __hidden;
int __lstar_fseeko(FILE *f, off_t off, int whence) __hidden;

extern FILE __lstar_stdin_FILE __hidden;
extern FILE __lstar_stdout_FILE __hidden;
extern FILE __lstar_stderr_FILE __hidden;

void *malloc(size_t n);
void *realloc(void *p, size_t n);
void free(void *p);

#endif
