/*
 * lstar's buffered streams against the real kernel, called in-process from
 * a cmocka (glibc) runner through their hostified lstar_ names.  File
 * contents are always checked with glibc/kernel calls (read, stat), never
 * with the stream under test, so a stream that agrees with itself but not
 * with the file cannot pass.  Tests that need fd 1 or 2 run in a child.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stdio_api.h"
#include "scratch_dir.h"
#include "default_signals.h"

#define L_IOFBF 0
#define L_IOLBF 1
#define L_IONBF 2





/* The file's bytes as the kernel has them. */
static size_t slurp(const char *p, char *out, size_t max)
{
	int fd = open(p, O_RDONLY);
	assert_true(fd >= 0);
	ssize_t n = read(fd, out, max);
	assert_true(n >= 0);
	close(fd);
	if ((size_t)n < max)
		out[n] = 0;
	return (size_t)n;
}

static void spit(const char *p, const char *s)
{
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
	close(fd);
}

static off_t fsize(const char *p)
{
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	return st.st_size;
}

#define expect_errno(call, bad, err) do { \
	lstar_errno = 0; \
	assert_true((call) == (bad)); \
	assert_int_equal(lstar_errno, (err)); \
} while (0)

static void test_fopen_errors_and_modes(void **state)
{
	(void)state;
	expect_errno(lstar_fopen(path("missing"), "r"), NULL, ENOENT);
	const char *bad[] = { "", "z", "rw", "r+q", "wm", "rx", "+r" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		expect_errno(lstar_fopen(path("m"), bad[i]), NULL, EINVAL);
	expect_errno(lstar_fopen(path("m"), NULL), NULL, EINVAL);
	expect_errno(lstar_fopen(NULL, "r"), NULL, EINVAL);
	assert_int_equal(access(path("m"), F_OK), -1);	/* nothing created */

	lstar_FILE *f = lstar_fopen(path("m"), "wbx");
	assert_non_null(f);
	assert_int_equal(lstar_fclose(f), 0);
	expect_errno(lstar_fopen(path("m"), "wx"), NULL, EEXIST);

	f = lstar_fopen(path("m"), "re");
	assert_non_null(f);
	int fd = lstar_fileno(f);
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	assert_int_equal(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(fcntl(fd, F_GETFD), -1);	/* fclose closed it */

	f = lstar_fopen(path("m"), "r+b");
	assert_int_equal(fcntl(lstar_fileno(f), F_GETFD) & FD_CLOEXEC, 0);
	assert_int_equal(fcntl(lstar_fileno(f), F_GETFL) & O_ACCMODE, O_RDWR);
	lstar_fclose(f);
	f = lstar_fopen(path("m"), "a");
	assert_int_equal(fcntl(lstar_fileno(f), F_GETFL) & (O_ACCMODE | O_APPEND), O_WRONLY | O_APPEND);
	lstar_fclose(f);
}

static void test_write_then_read_back(void **state)
{
	char buf[256];
	(void)state;
	lstar_FILE *f = lstar_fopen(path("rw"), "w");
	assert_non_null(f);
	assert_true(lstar_fputs("first line\n", f) >= 0);
	assert_int_equal(lstar_fputc('x', f), 'x');
	assert_int_equal(lstar_putc('y', f), 'y');
	assert_int_equal(lstar_fwrite("\nabc", 1, 4, f), 4);
	assert_int_equal(lstar_fwrite("defghi", 2, 3, f), 3);
	assert_int_equal(fsize(path("rw")), 0);	/* fully buffered: nothing yet */
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(slurp(path("rw"), buf, sizeof buf), 23);
	assert_string_equal(buf, "first line\nxy\nabcdefghi");

	f = lstar_fopen(path("rw"), "r");
	assert_int_equal(lstar_fgetc(f), 'f');
	assert_int_equal(lstar_getc(f), 'i');
	assert_ptr_equal(lstar_fgets(buf, sizeof buf, f), buf);
	assert_string_equal(buf, "rst line\n");
	assert_ptr_equal(lstar_fgets(buf, 3, f), buf);	/* n-1 bytes max */
	assert_string_equal(buf, "xy");
	assert_ptr_equal(lstar_fgets(buf, 1, f), buf);	/* room for the NUL only */
	assert_string_equal(buf, "");
	assert_int_equal(lstar_fgetc(f), '\n');
	memset(buf, 0, sizeof buf);
	assert_int_equal(lstar_fread(buf, 4, 10, f), 2);	/* 9 bytes: 2 whole items */
	assert_string_equal(buf, "abcdefghi");
	assert_true(lstar_feof(f));
	assert_false(lstar_ferror(f));
	assert_int_equal(lstar_fgetc(f), EOF);
	assert_null(lstar_fgets(buf, sizeof buf, f));
	lstar_clearerr(f);
	assert_false(lstar_feof(f));
	assert_null(lstar_fgets(buf, 0, f));
	assert_int_equal(lstar_fclose(f), 0);
}

static void test_wrong_direction_is_ebadf(void **state)
{
	char buf[16];
	(void)state;
	spit(path("dir"), "data\n");
	lstar_FILE *f = lstar_fopen(path("dir"), "r");
	expect_errno(lstar_fputc('a', f), EOF, EBADF);
	assert_true(lstar_ferror(f));
	lstar_clearerr(f);
	expect_errno(lstar_fputs("abc", f), EOF, EBADF);
	assert_true(lstar_ferror(f));
	expect_errno(lstar_fwrite("abc", 1, 3, f), 0, EBADF);
	assert_int_equal(lstar_fgetc(f), 'd');	/* reading still works */
	lstar_fclose(f);
	assert_int_equal(fsize(path("dir")), 5);

	f = lstar_fopen(path("dir"), "a");
	expect_errno(lstar_fgetc(f), EOF, EBADF);
	assert_true(lstar_ferror(f));
	expect_errno(lstar_fgets(buf, sizeof buf, f), NULL, EBADF);
	expect_errno(lstar_fread(buf, 1, 4, f), 0, EBADF);
	expect_errno(lstar_ungetc('x', f), EOF, EBADF);
	lstar_fclose(f);
}

static void test_null_arguments(void **state)
{
	char buf[8];
	char *line = NULL;
	size_t n = 0;
	(void)state;
	lstar_FILE *f = lstar_fopen(path("null"), "w+");
	assert_int_equal(lstar_fputs("keep", f), 0);

	expect_errno(lstar_fclose(NULL), EOF, EINVAL);
	expect_errno(lstar_fputc('a', NULL), EOF, EINVAL);
	expect_errno(lstar_fgetc(NULL), EOF, EINVAL);
	expect_errno(lstar_ungetc('a', NULL), EOF, EINVAL);
	expect_errno(lstar_fputs(NULL, f), EOF, EINVAL);
	expect_errno(lstar_fputs("x", NULL), EOF, EINVAL);
	expect_errno(lstar_puts(NULL), EOF, EINVAL);
	expect_errno(lstar_fgets(NULL, 8, f), NULL, EINVAL);
	expect_errno(lstar_fgets(buf, 8, NULL), NULL, EINVAL);
	expect_errno(lstar_fread(buf, 1, 1, NULL), 0, EINVAL);
	expect_errno(lstar_fread(NULL, 1, 1, f), 0, EINVAL);
	expect_errno(lstar_fwrite(buf, 1, 1, NULL), 0, EINVAL);
	expect_errno(lstar_fwrite(NULL, 1, 1, f), 0, EINVAL);
	expect_errno(lstar_fwrite(buf, SIZE_MAX, 2, f), 0, EINVAL);
	expect_errno(lstar_fseek(NULL, 0, SEEK_SET), -1, EINVAL);
	expect_errno(lstar_ftell(NULL), -1, EINVAL);
	expect_errno(lstar_fileno(NULL), EOF, EINVAL);
	expect_errno(lstar_getline(NULL, &n, f), -1, EINVAL);
	expect_errno(lstar_getline(&line, NULL, f), -1, EINVAL);
	expect_errno(lstar_getline(&line, &n, NULL), -1, EINVAL);
	expect_errno(lstar_setvbuf(NULL, NULL, L_IOFBF, 0), EOF, EINVAL);
	expect_errno(lstar_fgetpos(f, NULL), -1, EINVAL);
	expect_errno(lstar_fsetpos(f, NULL), -1, EINVAL);
	expect_errno(lstar_freopen(path("null"), "r", NULL), NULL, EINVAL);
	lstar_errno = 0;
	assert_int_equal(lstar_feof(NULL), 0);
	assert_int_equal(lstar_errno, EINVAL);
	assert_int_equal(lstar_ferror(NULL), 0);
	lstar_clearerr(NULL);
	lstar_rewind(NULL);

	/* the real stream is untouched by all of that */
	assert_false(lstar_ferror(f));
	assert_int_equal(lstar_ftell(f), 4);
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(slurp(path("null"), buf, sizeof buf), 4);
	assert_string_equal(buf, "keep");
}

static void test_ungetc(void **state)
{
	(void)state;
	spit(path("ung"), "ab");
	lstar_FILE *f = lstar_fopen(path("ung"), "r");
	/* before any read: the headroom gives room for several */
	assert_int_equal(lstar_ungetc('1', f), '1');
	assert_int_equal(lstar_ungetc('0', f), '0');
	assert_int_equal(lstar_fgetc(f), '0');
	assert_int_equal(lstar_fgetc(f), '1');
	assert_int_equal(lstar_fgetc(f), 'a');
	assert_int_equal(lstar_ftell(f), 1);
	assert_int_equal(lstar_ungetc('Z', f), 'Z');
	assert_int_equal(lstar_ftell(f), 0);	/* one pushed back: one less */
	assert_int_equal(lstar_fgetc(f), 'Z');
	assert_int_equal(lstar_fgetc(f), 'b');
	assert_int_equal(lstar_fgetc(f), EOF);
	assert_true(lstar_feof(f));
	/* after EOF: accepted, and it clears the EOF indicator */
	assert_int_equal(lstar_ungetc(0xff, f), 0xff);
	assert_false(lstar_feof(f));
	assert_int_equal(lstar_fgetc(f), 0xff);
	assert_int_equal(lstar_fgetc(f), EOF);
	assert_int_equal(lstar_ungetc(EOF, f), EOF);
	/* a seek discards pushed-back bytes */
	assert_int_equal(lstar_ungetc('q', f), 'q');
	assert_int_equal(lstar_fseek(f, 1, SEEK_SET), 0);
	assert_int_equal(lstar_fgetc(f), 'b');
	lstar_fclose(f);
}

static void test_ftell_with_pending_output(void **state)
{
	(void)state;
	lstar_FILE *f = lstar_fopen(path("tell"), "w+");
	assert_int_equal(lstar_ftell(f), 0);
	lstar_fputs("hello", f);
	assert_int_equal(lstar_ftell(f), 5);
	assert_int_equal(fsize(path("tell")), 0);	/* still buffered */
	lstar_fpos_t pos;
	assert_int_equal(lstar_fgetpos(f, &pos), 0);
	lstar_fputs(" world", f);
	assert_int_equal(lstar_ftello(f), 11);
	assert_int_equal(lstar_fsetpos(f, &pos), 0);	/* flushes, then seeks */
	assert_int_equal(fsize(path("tell")), 11);
	assert_int_equal(lstar_fgetc(f), ' ');
	assert_int_equal(lstar_ftell(f), 6);
	lstar_rewind(f);
	assert_int_equal(lstar_ftell(f), 0);
	assert_int_equal(lstar_fseek(f, -2, SEEK_END), 0);
	assert_int_equal(lstar_fgetc(f), 'l');
	assert_int_equal(lstar_fseek(f, -3, SEEK_CUR), 0);	/* from the stream's position */
	assert_int_equal(lstar_fgetc(f), 'o');
	expect_errno(lstar_fseek(f, 0, 7), -1, EINVAL);
	expect_errno(lstar_fseek(f, -100, SEEK_SET), -1, EINVAL);
	lstar_fclose(f);

	int p[2];
	assert_int_equal(pipe(p), 0);
	f = lstar_fdopen(p[1], "w");
	expect_errno(lstar_fseek(f, 0, SEEK_SET), -1, ESPIPE);
	expect_errno(lstar_ftell(f), -1, ESPIPE);
	lstar_fclose(f);
	close(p[0]);
}

static void test_update_stream_interleaving(void **state)
{
	char buf[32];
	(void)state;
	lstar_FILE *f = lstar_fopen(path("upd"), "w+");
	lstar_fputs("abcdef", f);
	assert_int_equal(lstar_fseek(f, 0, SEEK_SET), 0);
	assert_int_equal(lstar_fread(buf, 1, 3, f), 3);
	assert_memory_equal(buf, "abc", 3);
	assert_int_equal(lstar_fseek(f, 0, SEEK_CUR), 0);	/* C11 7.21.5.3 */
	lstar_fputs("XY", f);
	assert_int_equal(lstar_ftell(f), 5);
	assert_int_equal(lstar_fflush(f), 0);	/* output -> input */
	assert_int_equal(lstar_fgetc(f), 'f');
	lstar_fclose(f);
	assert_int_equal(slurp(path("upd"), buf, sizeof buf), 6);
	assert_string_equal(buf, "abcXYf");

	/* Without the seek lstar still writes at the stream's position, not
	 * after its read-ahead. */
	f = lstar_fopen(path("upd"), "r+");
	assert_int_equal(lstar_fgetc(f), 'a');
	assert_int_equal(lstar_fgetc(f), 'b');
	assert_int_equal(lstar_fputc('2', f), '2');
	assert_int_equal(lstar_ftell(f), 3);
	/* and input after output without fflush still sees the output */
	assert_int_equal(lstar_fgetc(f), 'X');
	lstar_fclose(f);
	assert_int_equal(slurp(path("upd"), buf, sizeof buf), 6);
	assert_string_equal(buf, "ab2XYf");
}

static void test_append_lands_at_end(void **state)
{
	char buf[32];
	(void)state;
	spit(path("app"), "base");
	lstar_FILE *f = lstar_fopen(path("app"), "a+");
	assert_int_equal(lstar_fgetc(f), 'b');	/* reads start at 0 */
	assert_int_equal(lstar_fseek(f, 1, SEEK_SET), 0);
	lstar_fputs("X", f);
	assert_int_equal(lstar_ftell(f), 5);	/* pending output goes to the end */
	assert_int_equal(lstar_fflush(f), 0);
	assert_int_equal(lstar_fseek(f, 0, SEEK_SET), 0);
	lstar_fputs("YZ", f);
	lstar_fclose(f);
	assert_int_equal(slurp(path("app"), buf, sizeof buf), 7);
	assert_string_equal(buf, "baseXYZ");

	f = lstar_fopen(path("app"), "a");
	lstar_fputs("!", f);
	lstar_fclose(f);
	assert_int_equal(slurp(path("app"), buf, sizeof buf), 8);
	assert_string_equal(buf, "baseXYZ!");
}

static void test_fmemopen(void **state)
{
	char mem[16], line[32];
	(void)state;
	strcpy(mem, "one\ntwo");
	lstar_FILE *f = lstar_fmemopen(mem, 7, "r");
	assert_non_null(f);
	expect_errno(lstar_fileno(f), -1, EBADF);
	assert_ptr_equal(lstar_fgets(line, sizeof line, f), line);
	assert_string_equal(line, "one\n");
	assert_ptr_equal(lstar_fgets(line, sizeof line, f), line);
	assert_string_equal(line, "two");
	assert_true(lstar_feof(f));
	assert_int_equal(lstar_fseek(f, 4, SEEK_SET), 0);
	assert_int_equal(lstar_fgetc(f), 't');
	expect_errno(lstar_fputc('x', f), EOF, EBADF);
	assert_int_equal(lstar_fclose(f), 0);

	memset(mem, 'Q', sizeof mem);
	f = lstar_fmemopen(mem, 8, "w");
	assert_int_equal(mem[0], 0);	/* "w" truncates */
	lstar_fputs("abc", f);
	assert_int_equal(lstar_fflush(f), 0);
	assert_string_equal(mem, "abc");	/* NUL after the data */
	assert_int_equal(lstar_ftell(f), 3);
	assert_int_equal(lstar_fseek(f, 1, SEEK_SET), 0);
	lstar_fputc('B', f);
	lstar_fflush(f);
	assert_string_equal(mem, "aBc");
	assert_int_equal(lstar_fseek(f, 0, SEEK_END), 0);
	lstar_fputs("defghijk", f);	/* 3 + 8 > 8: only 5 fit */
	assert_int_equal(lstar_fflush(f), EOF);
	assert_int_equal(lstar_errno, ENOSPC);
	assert_true(lstar_ferror(f));
	assert_memory_equal(mem, "aBcdefgh", 8);
	assert_int_equal(mem[8], 'Q');	/* never past size */
	lstar_fclose(f);

	strcpy(mem, "xy");
	f = lstar_fmemopen(mem, sizeof mem, "a+");
	lstar_fputs("z", f);
	lstar_fclose(f);
	assert_string_equal(mem, "xyz");

	f = lstar_fmemopen(NULL, 10, "w+");	/* its own memory */
	assert_non_null(f);
	lstar_fputs("hello", f);
	lstar_rewind(f);
	assert_ptr_equal(lstar_fgets(line, sizeof line, f), line);
	assert_string_equal(line, "hello");
	assert_int_equal(lstar_fclose(f), 0);
	expect_errno(lstar_fmemopen(mem, 0, "r"), NULL, EINVAL);
	expect_errno(lstar_fmemopen(mem, 4, "k"), NULL, EINVAL);
}

static void test_open_memstream(void **state)
{
	char *buf = NULL;
	size_t size = 99;
	(void)state;
	lstar_FILE *f = lstar_open_memstream(&buf, &size);
	assert_non_null(f);
	assert_int_equal(lstar_fflush(f), 0);
	assert_non_null(buf);
	assert_int_equal(size, 0);
	lstar_fputs("hello", f);
	assert_int_equal(lstar_fflush(f), 0);
	assert_int_equal(size, 5);
	assert_string_equal(buf, "hello");
	for (int i = 0; i < 10000; i++)
		lstar_fputc('a' + i % 26, f);	/* grows well past the first block */
	assert_int_equal(lstar_fflush(f), 0);
	assert_int_equal(size, 10005);
	assert_int_equal(buf[5], 'a');
	assert_int_equal(buf[10004], 'a' + 9999 % 26);
	assert_int_equal(buf[10005], 0);
	assert_int_equal(lstar_fseek(f, 2, SEEK_SET), 0);
	assert_int_equal(size, 2);	/* the smaller of length and position */
	lstar_fputs("L", f);
	assert_int_equal(lstar_fseek(f, 10010, SEEK_SET), 0);
	lstar_fputs("end", f);	/* the gap is zero-filled */
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(size, 10013);
	assert_memory_equal(buf, "heLlo", 5);
	assert_memory_equal(buf + 10005, "\0\0\0\0\0end", 9);
	assert_int_equal(buf[10013], 0);
	lstar_free(buf);
	expect_errno(lstar_open_memstream(NULL, &size), NULL, EINVAL);
	expect_errno(lstar_open_memstream(&buf, NULL), NULL, EINVAL);
}

static void test_getline_long_lines(void **state)
{
	(void)state;
	size_t longlen = 300000;	/* several buffers long */
	char *big = malloc(longlen + 1);
	for (size_t i = 0; i < longlen; i++)
		big[i] = 'a' + i % 23;
	big[longlen] = 0;
	int fd = open(path("gl"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_int_equal(write(fd, big, longlen), (ssize_t)longlen);
	assert_int_equal(write(fd, "\nshort\n\nk1:k2:tail", 18), 18);
	close(fd);

	lstar_FILE *f = lstar_fopen(path("gl"), "r");
	char *line = NULL;
	size_t n = 0;
	assert_int_equal(lstar_getline(&line, &n, f), (ssize_t)longlen + 1);
	assert_true(n > longlen + 1);
	assert_memory_equal(line, big, longlen);
	assert_int_equal(line[longlen], '\n');
	assert_int_equal(line[longlen + 1], 0);
	assert_int_equal(lstar_getline(&line, &n, f), 6);
	assert_string_equal(line, "short\n");
	assert_int_equal(lstar_getline(&line, &n, f), 1);
	assert_string_equal(line, "\n");
	assert_int_equal(lstar_getdelim(&line, &n, ':', f), 3);
	assert_string_equal(line, "k1:");
	assert_int_equal(lstar_getdelim(&line, &n, ':', f), 3);
	assert_int_equal(lstar_getline(&line, &n, f), 4);	/* last line, no newline */
	assert_string_equal(line, "tail");
	assert_int_equal(lstar_getline(&line, &n, f), -1);
	assert_true(lstar_feof(f));
	lstar_free(line);
	lstar_fclose(f);
	free(big);

	/* a NULL *line with any *n is allocated */
	f = lstar_fopen(path("gl"), "r");
	line = NULL;
	n = 12345;
	assert_int_equal(lstar_getdelim(&line, &n, 'c', f), 3);
	assert_string_equal(line, "abc");
	lstar_free(line);
	lstar_fclose(f);
}

static void test_fflush_null_flushes_all(void **state)
{
	(void)state;
	lstar_FILE *a = lstar_fopen(path("fa"), "w");
	lstar_FILE *b = lstar_fopen(path("fb"), "w");
	lstar_FILE *r = lstar_fopen(path("fa"), "r");
	lstar_fputs("aaa", a);
	lstar_fputs("bbbb", b);
	assert_int_equal(fsize(path("fa")) + fsize(path("fb")), 0);
	assert_int_equal(lstar_fflush(NULL), 0);
	assert_int_equal(fsize(path("fa")), 3);
	assert_int_equal(fsize(path("fb")), 4);
	assert_int_equal(lstar_fgetc(r), 'a');
	lstar_fclose(a);
	lstar_fclose(b);
	lstar_fclose(r);
}

static void test_write_failures_reach_fclose(void **state)
{
	(void)state;
	/* a pipe whose reader is gone: EPIPE at the flush fclose does */
	int p[2];
	assert_int_equal(pipe(p), 0);
	close(p[0]);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	lstar_FILE *f = lstar_fdopen(p[1], "w");
	assert_int_equal(lstar_fputs("lost", f), 0);	/* buffered: fine so far */
	lstar_errno = 0;
	assert_int_equal(lstar_fclose(f), EOF);
	assert_int_equal(lstar_errno, EPIPE);
	assert_int_equal(fcntl(p[1], F_GETFD), -1);	/* closed all the same */
	signal(SIGPIPE, old);

	/* /dev/full: ENOSPC, error indicator, data kept for a retry */
	f = lstar_fopen("/dev/full", "w");
	assert_non_null(f);
	lstar_fputs("x", f);
	expect_errno(lstar_fflush(f), EOF, ENOSPC);
	assert_true(lstar_ferror(f));
	expect_errno(lstar_fclose(f), EOF, ENOSPC);

	/* unbuffered and line-buffered writes report the failure at once */
	f = lstar_fopen("/dev/full", "w");
	lstar_setvbuf(f, NULL, L_IONBF, 0);
	expect_errno(lstar_fputc('x', f), EOF, ENOSPC);
	expect_errno(lstar_fwrite("abc", 1, 3, f), 0, ENOSPC);
	lstar_clearerr(f);
	lstar_setvbuf(f, NULL, L_IOLBF, 0);
	assert_int_equal(lstar_fputs("no newline", f), 0);
	expect_errno(lstar_fputs(" now\n", f), EOF, ENOSPC);
	assert_true(lstar_ferror(f));
	lstar_fclose(f);
}

static volatile sig_atomic_t alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* A writer interrupted again and again by a signal without SA_RESTART gets
 * short writes and EINTR; the stream must deliver every byte exactly once. */
static void test_eintr_and_short_writes(void **state)
{
	(void)state;
	enum { TOTAL = 4 << 20 };
	int p[2];
	assert_int_equal(pipe(p), 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		struct sigaction sa = { .sa_handler = on_alarm };
		sigaction(SIGALRM, &sa, NULL);	/* no SA_RESTART */
		struct itimerval it = { { 0, 200 }, { 0, 200 } };
		setitimer(ITIMER_REAL, &it, NULL);
		lstar_FILE *f = lstar_fdopen(p[1], "w");
		static unsigned char chunk[100000];
		for (size_t off = 0; off < TOTAL; off += sizeof chunk) {
			size_t k = TOTAL - off < sizeof chunk ? TOTAL - off : sizeof chunk;
			for (size_t i = 0; i < k; i++)
				chunk[i] = (unsigned char)((off + i) * 7 >> 3);
			if (lstar_fwrite(chunk, 1, k, f) != k)
				_exit(2);
			for (size_t i = 0; i < k; i += 1000)	/* small ones too */
				if (lstar_fputc(chunk[i], f) == EOF)
					_exit(3);
		}
		/* No alarm at all would leave EINTR untested. */
		_exit(lstar_fclose(f) != 0 ? 4 : alarms == 0 ? 5 : 0);
	}
	close(p[1]);
	static unsigned char got[TOTAL + TOTAL / 1000 + 1000];
	size_t n = 0;
	ssize_t r;
	usleep(20000);	/* let the pipe fill so the writer blocks */
	while ((r = read(p[0], got + n, n < 100000 ? 512 : 65536)) > 0)
		n += (size_t)r;
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	/* rebuild the expected stream */
	size_t want = 0;
	for (size_t off = 0; off < TOTAL; off += 100000) {
		size_t k = TOTAL - off < 100000 ? TOTAL - off : 100000;
		for (size_t i = 0; i < k; i++, want++)
			if (got[want] != (unsigned char)((off + i) * 7 >> 3))
				fail_msg("byte %zu differs", want);
		for (size_t i = 0; i < k; i += 1000, want++)
			if (got[want] != (unsigned char)((off + i) * 7 >> 3))
				fail_msg("byte %zu differs", want);
	}
	assert_int_equal(n, want);
}

static void test_large_fwrite_and_fread(void **state)
{
	(void)state;
	size_t len = 1 << 20;
	unsigned char *a = malloc(len), *b = malloc(len + 10);
	for (size_t i = 0; i < len; i++)
		a[i] = (unsigned char)(i * 13 + (i >> 9));
	lstar_FILE *f = lstar_fopen(path("big"), "w");
	lstar_fputc(a[0], f);
	assert_int_equal(lstar_fwrite(a + 1, 1, len - 1, f), len - 1);
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(fsize(path("big")), (off_t)len);
	f = lstar_fopen(path("big"), "r");
	assert_int_equal(lstar_fgetc(f), a[0]);
	assert_int_equal(lstar_fread(b + 1, 1, len + 5, f), len - 1);
	b[0] = a[0];
	assert_memory_equal(a, b, len);
	assert_true(lstar_feof(f));
	lstar_fclose(f);
	free(a);
	free(b);
}

/* A 16-byte user buffer (8 usable after ungetc's headroom) makes every
 * line cross refills. */
static void test_small_buffer_boundaries(void **state)
{
	char ubuf[16], line[64];
	(void)state;
	spit(path("sb"), "0123456789abcdefghij\nshort\nxyz");
	lstar_FILE *f = lstar_fopen(path("sb"), "r");
	assert_int_equal(lstar_setvbuf(f, ubuf, L_IOFBF, sizeof ubuf), 0);
	assert_ptr_equal(lstar_fgets(line, sizeof line, f), line);
	assert_string_equal(line, "0123456789abcdefghij\n");
	assert_ptr_equal(lstar_fgets(line, 4, f), line);	/* n-1 = 3 bytes */
	assert_string_equal(line, "sho");
	assert_int_equal(lstar_ungetc('O', f), 'O');
	assert_ptr_equal(lstar_fgets(line, sizeof line, f), line);
	assert_string_equal(line, "Ort\n");
	assert_int_equal(lstar_ftell(f), 27);
	assert_int_equal(lstar_fread(line, 1, 10, f), 3);
	assert_memory_equal(line, "xyz", 3);
	assert_true(lstar_feof(f));
	lstar_fclose(f);

	f = lstar_fopen(path("sb"), "w+");
	assert_int_equal(lstar_setvbuf(f, ubuf, L_IOFBF, sizeof ubuf), 0);
	for (int i = 0; i < 100; i++)
		lstar_fputc('a' + i % 26, f);
	lstar_fputs("0123456789012345678901234567890123456789", f);
	assert_int_equal(lstar_ftell(f), 140);
	lstar_rewind(f);
	for (int i = 0; i < 100; i++)
		assert_int_equal(lstar_fgetc(f), 'a' + i % 26);
	assert_int_equal(lstar_fread(line, 1, 40, f), 40);
	assert_memory_equal(line, "0123456789012345678901234567890123456789", 40);
	assert_int_equal(lstar_fgetc(f), EOF);
	lstar_fclose(f);
}

/* vfprintf's seam: pieces held back, one flush at the end, and only when
 * a piece had a newline. */
static void test_fwrite_seam(void **state)
{
	const unsigned char *u = (const unsigned char *)"a\nb" "c" "\n";
	(void)state;
	lstar_FILE *f = lstar_fopen(path("seam"), "w");
	lstar_setvbuf(f, NULL, L_IOLBF, 0);
	assert_int_equal(lstar___lstar_fwrite_part(u, 3, f, 0), 3);
	assert_int_equal(lstar___lstar_fwrite_part(u + 3, 1, f, 0), 1);
	assert_int_equal(fsize(path("seam")), 0);
	assert_int_equal(lstar___lstar_fwrite_end(f), 0);
	assert_int_equal(fsize(path("seam")), 4);
	assert_int_equal(lstar___lstar_fwrite_part(u + 3, 1, f, 0), 1);
	assert_int_equal(lstar___lstar_fwrite_end(f), 0);	/* no newline: held */
	assert_int_equal(fsize(path("seam")), 4);
	assert_int_equal(lstar___lstar_fwritex(u + 4, 1, f), 1);	/* newline: out */
	assert_int_equal(fsize(path("seam")), 6);
	lstar_fclose(f);

	f = lstar_fopen("/dev/full", "w");
	lstar_setvbuf(f, NULL, L_IOLBF, 0);
	assert_int_equal(lstar___lstar_fwrite_part(u, 3, f, 0), 3);
	expect_errno(lstar___lstar_fwrite_end(f), EOF, ENOSPC);
	expect_errno(lstar___lstar_fwritex(u, 2, f), 0, ENOSPC);	/* taken back */
	assert_true(lstar_ferror(f));
	lstar_fclose(f);
}

static void test_setvbuf_modes(void **state)
{
	char ubuf[64];
	(void)state;
	lstar_FILE *f = lstar_fopen(path("vb"), "w");
	expect_errno(lstar_setvbuf(f, NULL, 7, 0), EOF, EINVAL);
	assert_int_equal(lstar_setvbuf(f, NULL, L_IONBF, 0), 0);
	lstar_fputc('a', f);
	assert_int_equal(fsize(path("vb")), 1);	/* unbuffered: at once */
	lstar_fputs("bc", f);
	assert_int_equal(fsize(path("vb")), 3);
	lstar_setlinebuf(f);
	lstar_fputs("de", f);
	assert_int_equal(fsize(path("vb")), 3);
	lstar_fputs("f\ng", f);	/* newline: out, including what follows */
	assert_int_equal(fsize(path("vb")), 8);
	lstar_fputc('\n', f);
	assert_int_equal(fsize(path("vb")), 9);
	assert_int_equal(lstar_setvbuf(f, ubuf, L_IOFBF, sizeof ubuf), 0);
	for (int i = 0; i < 56; i++)	/* the user buffer holds 64 - UNGET */
		lstar_fputc('0' + i % 10, f);
	assert_int_equal(fsize(path("vb")), 9);
	lstar_fputc('!', f);	/* full: the 56 go out, '!' waits */
	assert_int_equal(fsize(path("vb")), 65);
	lstar_setbuf(f, NULL);	/* flushes '!' */
	lstar_fputc('u', f);
	assert_int_equal(fsize(path("vb")), 67);
	lstar_setbuffer(f, ubuf, sizeof ubuf);
	lstar_fputc('v', f);
	assert_int_equal(fsize(path("vb")), 67);
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(fsize(path("vb")), 68);
}

static void test_remove_and_tmpfile(void **state)
{
	char buf[16];
	(void)state;
	spit(path("rm"), "x");
	assert_int_equal(lstar_remove(path("rm")), 0);
	assert_int_equal(access(path("rm"), F_OK), -1);
	assert_int_equal(mkdir(path("rmdir"), 0755), 0);
	assert_int_equal(lstar_remove(path("rmdir")), 0);
	assert_int_equal(access(path("rmdir"), F_OK), -1);
	expect_errno(lstar_remove(path("rm")), -1, ENOENT);

	lstar_FILE *f = lstar_tmpfile();
	assert_non_null(f);
	struct stat st;
	assert_int_equal(fstat(lstar_fileno(f), &st), 0);
	assert_int_equal(st.st_nlink, 0);	/* no name anywhere */
	lstar_fputs("scratch", f);
	lstar_rewind(f);
	assert_ptr_equal(lstar_fgets(buf, sizeof buf, f), buf);
	assert_string_equal(buf, "scratch");
	assert_int_equal(lstar_fclose(f), 0);
}

static void test_fdopen_and_freopen(void **state)
{
	char buf[32];
	(void)state;
	expect_errno(lstar_fdopen(-1, "r"), NULL, EBADF);
	int fd = open(path("fd"), O_RDONLY | O_CREAT, 0644);
	expect_errno(lstar_fdopen(fd, "w"), NULL, EINVAL);	/* mode not allowed */
	expect_errno(lstar_fdopen(fd, "rz"), NULL, EINVAL);
	lstar_FILE *f = lstar_fdopen(fd, "r");
	assert_int_equal(lstar_fileno(f), fd);
	lstar_fclose(f);
	fd = open(path("fd"), O_WRONLY);
	f = lstar_fdopen(fd, "a");
	assert_true(fcntl(fd, F_GETFL) & O_APPEND);
	lstar_fputs("one", f);
	lstar_fclose(f);

	/* freopen keeps the descriptor number */
	f = lstar_fopen(path("fd"), "r");
	int old = lstar_fileno(f);
	lstar_fgetc(f);
	assert_ptr_equal(lstar_freopen(path("fd2"), "w", f), f);
	assert_int_equal(lstar_fileno(f), old);
	lstar_fputs("two", f);
	assert_int_equal(lstar_fclose(f), 0);
	assert_int_equal(slurp(path("fd2"), buf, sizeof buf), 3);
	assert_string_equal(buf, "two");
	assert_int_equal(slurp(path("fd"), buf, sizeof buf), 3);
	assert_string_equal(buf, "one");

	/* NULL path: change the mode in place */
	f = lstar_fopen(path("fd2"), "r+");
	assert_ptr_equal(lstar_freopen(NULL, "a", f), f);
	assert_true(fcntl(lstar_fileno(f), F_GETFL) & O_APPEND);
	lstar_fputs("3", f);
	lstar_fclose(f);
	assert_int_equal(slurp(path("fd2"), buf, sizeof buf), 4);
	assert_string_equal(buf, "two3");

	/* failure closes the stream */
	f = lstar_fopen(path("fd2"), "r");
	int fd2 = lstar_fileno(f);
	expect_errno(lstar_freopen(path("nodir/x"), "r", f), NULL, ENOENT);
	assert_int_equal(fcntl(fd2, F_GETFD), -1);
}

static void test_pool_overflow(void **state)
{
	(void)state;
	enum { N = 40 };	/* far past the static pool */
	lstar_FILE *f[N];
	char name[16], buf[16];
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "pool%d", i);
		f[i] = lstar_fopen(path(name), "w");
		assert_non_null(f[i]);
		lstar_fputs(name, f[i]);
	}
	for (int i = 0; i < N; i += 2)
		assert_int_equal(lstar_fclose(f[i]), 0);
	for (int i = 0; i < N; i += 2) {	/* reuse freed slots */
		snprintf(name, sizeof name, "pool%d", i);
		f[i] = lstar_fopen(path(name), "a");
		lstar_fputc('+', f[i]);
	}
	assert_int_equal(lstar_fflush(NULL), 0);
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "pool%d", i);
		slurp(path(name), buf, sizeof buf);
		char want[20];
		snprintf(want, sizeof want, "%s%s", name, i % 2 ? "" : "+");
		assert_string_equal(buf, want);
		assert_int_equal(lstar_fclose(f[i]), 0);
	}
}

static void test_unlocked_aliases(void **state)
{
	char buf[16];
	(void)state;
	lstar_FILE *f = lstar_fopen(path("ul"), "w+");
	lstar_flockfile(f);
	assert_int_equal(lstar_ftrylockfile(f), 0);
	assert_int_equal(lstar_fputc_unlocked('a', f), 'a');
	assert_int_equal(lstar_putc_unlocked('b', f), 'b');
	assert_int_equal(lstar_fputs_unlocked("c\n", f), 0);
	assert_int_equal(lstar_fwrite_unlocked("de", 1, 2, f), 2);
	assert_int_equal(lstar_fflush_unlocked(f), 0);
	lstar_funlockfile(f);
	lstar_funlockfile(f);
	lstar_rewind(f);
	assert_int_equal(lstar_fgetc_unlocked(f), 'a');
	assert_int_equal(lstar_getc_unlocked(f), 'b');
	assert_ptr_equal(lstar_fgets_unlocked(buf, sizeof buf, f), buf);
	assert_string_equal(buf, "c\n");
	assert_int_equal(lstar_fread_unlocked(buf, 1, 5, f), 2);
	assert_true(lstar_feof_unlocked(f));
	assert_false(lstar_ferror_unlocked(f));
	lstar_clearerr_unlocked(f);
	assert_false(lstar_feof_unlocked(f));
	assert_int_equal(lstar_fileno_unlocked(f), lstar_fileno(f));
	lstar_fclose(f);
}

/* Runs fn in a child with fd `target` on one end of a SOCK_SEQPACKET pair:
 * every write() the child makes arrives as one message, so the parent sees
 * exactly how lstar split its output into system calls. */
static int child_msgs(int target, void (*fn)(void), char msgs[][256], int max)
{
	int sv[2];
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		dup2(sv[1], target);
		fn();
		_exit(0);	/* glibc's _exit: lstar's exit hook is not run */
	}
	close(sv[1]);
	int n = 0;
	ssize_t r;
	char tmp[256];
	while ((r = recv(sv[0], tmp, sizeof tmp - 1, 0)) > 0) {
		if (n < max) {
			tmp[r] = 0;
			strcpy(msgs[n], tmp);
		}
		n++;
	}
	close(sv[0]);
	int st;
	waitpid(pid, &st, 0);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return n;
}

static void stdout_lines(void)
{
	lstar_puts("one");
	lstar_puts("two");
	lstar_fputs("three\n", lstar_stdout);
	lstar_fputc('4', lstar_stdout);
	lstar_fflush(lstar_stdout);
}

/* docs/stdio.md: stdout first acts line-buffered, then (not a terminal)
 * becomes fully buffered. */
static void test_stdout_undetermined_then_full(void **state)
{
	char m[8][256];
	(void)state;
	assert_int_equal(child_msgs(1, stdout_lines, m, 8), 2);
	assert_string_equal(m[0], "one\n");
	assert_string_equal(m[1], "two\nthree\n4");
}

static void stdout_setvbuf_lines(void)
{
	lstar_setvbuf(lstar_stdout, NULL, L_IOLBF, 0);
	stdout_lines();
}

static void test_stdout_setvbuf_overrides(void **state)
{
	char m[8][256];
	(void)state;
	assert_int_equal(child_msgs(1, stdout_setvbuf_lines, m, 8), 4);
	assert_string_equal(m[0], "one\n");
	assert_string_equal(m[1], "two\n");
	assert_string_equal(m[2], "three\n");
	assert_string_equal(m[3], "4");
}

/* A puts whose write fails takes its own bytes back (puts.c): they were
 * not accepted, so a later flush must not write them, while the program
 * may print again.  stdout is /dev/full for the failing call, then a pipe. */
/* fgets against glibc's on the same file: lines of every length up to 300
 * (so the copy's 16-byte blocks end before, at and after each newline),
 * a file several buffers long (lines cross every refill), random n, a
 * last line without a newline, and a small setvbuf buffer too.  Every
 * call must return the same pointer and string, and leave the bytes after
 * the NUL untouched. */
static void test_fgets_vs_glibc(void **state)
{
	(void)state;
	enum { SIZE = 3 * 65536 + 777 };
	char *text = malloc(SIZE);
	assert_non_null(text);
	unsigned seed = 12345;
	size_t len = 0;
	while (len < SIZE - 1) {
		seed = seed * 1103515245 + 12345;
		size_t line = (seed >> 8) % 301;
		for (size_t i = 0; i < line && len < SIZE - 1; i++, len++)
			text[len] = (char)('a' + (len + i) % 26);
		if (len < SIZE - 1 && len != SIZE - 50)
			text[len++] = '\n';
	}
	text[len] = 0;
	spit(path("lines"), text);
	for (int variant = 0; variant < 2; variant++) {
		lstar_FILE *f = lstar_fopen(path("lines"), "r");
		FILE *g = fopen(path("lines"), "r");
		assert_non_null(f);
		assert_non_null(g);
		static char small[100];
		if (variant)
			assert_int_equal(lstar_setvbuf(f, small, L_IOFBF, sizeof small), 0);
		for (int calls = 0;; calls++) {
			char a[400], b[400];
			memset(a, 0x5a, sizeof a);
			memset(b, 0x5a, sizeof b);
			seed = seed * 1103515245 + 12345;
			int n = calls % 3 ? 400 : (int)((seed >> 8) % 400) + 1;
			char *ra = lstar_fgets(a, n, f), *rb = fgets(b, n, g);
			assert_int_equal(ra == NULL, rb == NULL);
			if (!rb)
				break;
			assert_ptr_equal(ra, a);
			assert_string_equal(a, b);
			for (size_t i = strlen(a) + 1; i < sizeof a; i++)
				assert_int_equal(a[i], 0x5a);
		}
		assert_true(lstar_feof(f));
		assert_false(lstar_ferror(f));
		assert_int_equal(lstar_fclose(f), 0);
		fclose(g);
	}
	free(text);
}

static void test_puts_failure_takes_back(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		int full = open("/dev/full", O_WRONLY);
		lstar_fflush(lstar_stdout);
		lstar_setvbuf(lstar_stdout, NULL, L_IOLBF, 0);
		dup2(full, 1);
		int a = lstar_puts("lost");
		int e = lstar_errno;
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		int b = lstar_fflush(lstar_stdout);	/* nothing left to write */
		int c = lstar_puts("ok");
		int d = lstar_fflush(lstar_stdout);
		_exit(a == EOF && e == ENOSPC && b == 0 && c == 0 && d == 0 ? 0 : 1);
	}
	close(p[1]);
	char got[64];
	size_t total = 0;
	ssize_t r;
	while ((r = read(p[0], got + total, sizeof got - total)) > 0)
		total += (size_t)r;
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	assert_int_equal(total, 3);
	assert_memory_equal(got, "ok\n", 3);
}

/* puts copies into stdout's buffer itself (puts.c): a first line longer
 * than the buffer must cross a flush, stdout's tty decision (not a tty:
 * full buffering) and further flushes, each write at most one 64 KiB
 * buffer, without losing or repeating a byte; the second line then waits
 * in the buffer for fflush.  Every write arrives as one message. */
static void test_puts_longer_than_buffer(void **state)
{
	(void)state;
	enum { N = 150000, BUF = 65536 };
	char *big = malloc(N + 1), *got = malloc(2 * N);
	assert_non_null(big);
	assert_non_null(got);
	for (int i = 0; i < N; i++)
		big[i] = (char)('a' + i % 26);
	big[N] = 0;
	int sv[2];
	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		dup2(sv[1], 1);
		int a = lstar_puts(big), b = lstar_puts("end"), c = lstar_fflush(lstar_stdout);
		_exit(a == 0 && b == 0 && c == 0 ? 0 : 1);
	}
	close(sv[1]);
	size_t total = 0, sizes[8];
	int n = 0;
	ssize_t r;
	while ((r = recv(sv[0], got + total, 2 * N - total, 0)) > 0) {
		if (n < 8)
			sizes[n] = (size_t)r;
		n++;
		total += (size_t)r;
	}
	close(sv[0]);
	int st;
	waitpid(pid, &st, 0);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	assert_int_equal(n, 3);
	assert_int_equal(sizes[0], BUF);
	assert_int_equal(sizes[1], BUF);
	assert_int_equal(sizes[2], N + 1 - 2 * BUF + 4);
	assert_int_equal(total, N + 5);
	assert_memory_equal(got, big, N);
	assert_memory_equal(got + N, "\nend\n", 5);
	free(got);
	free(big);
}

static void stderr_writes(void)
{
	lstar_fputs("abc", lstar_stderr);
	lstar_fputc('d', lstar_stderr);
	lstar_fwrite("ef\ng", 1, 4, lstar_stderr);
	lstar_errno = ENOENT;
	lstar_perror("ctx");
	lstar_errno = EACCES;
	lstar_perror(NULL);
	lstar_errno = EBADF;
	lstar_perror("");
	if (lstar_errno != EBADF)	/* perror leaves errno alone */
		_exit(1);
}

static void test_stderr_unbuffered_and_perror(void **state)
{
	char m[8][256];
	(void)state;
	assert_int_equal(child_msgs(2, stderr_writes, m, 8), 6);
	assert_string_equal(m[0], "abc");
	assert_string_equal(m[1], "d");
	assert_string_equal(m[2], "ef\ng");
	assert_string_equal(m[3], "ctx: No such file or directory\n");
	assert_string_equal(m[4], "Permission denied\n");
	assert_string_equal(m[5], "Bad file descriptor\n");
}

static int in_pipe;
static void prompt_then_read(void)
{
	dup2(in_pipe, 0);
	lstar_fputs("name? ", lstar_stdout);
	if (lstar_getchar() != 'Z')
		_exit(1);
	lstar_fputs("second", lstar_stdout);	/* buffered input: no flush */
	if (lstar_getchar() != 'Y')
		_exit(1);
	lstar_fflush(lstar_stdout);
}

static void test_stdin_read_flushes_stdout(void **state)
{
	char m[8][256];
	int p[2];
	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_int_equal(write(p[1], "ZY", 2), 2);
	close(p[1]);
	in_pipe = p[0];
	assert_int_equal(child_msgs(1, prompt_then_read, m, 8), 2);
	assert_string_equal(m[0], "name? ");
	assert_string_equal(m[1], "second");
	close(p[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fopen_errors_and_modes),
		cmocka_unit_test(test_write_then_read_back),
		cmocka_unit_test(test_wrong_direction_is_ebadf),
		cmocka_unit_test(test_null_arguments),
		cmocka_unit_test(test_ungetc),
		cmocka_unit_test(test_ftell_with_pending_output),
		cmocka_unit_test(test_update_stream_interleaving),
		cmocka_unit_test(test_append_lands_at_end),
		cmocka_unit_test(test_fmemopen),
		cmocka_unit_test(test_open_memstream),
		cmocka_unit_test(test_getline_long_lines),
		cmocka_unit_test(test_fflush_null_flushes_all),
		cmocka_unit_test(test_write_failures_reach_fclose),
		cmocka_unit_test(test_eintr_and_short_writes),
		cmocka_unit_test(test_large_fwrite_and_fread),
		cmocka_unit_test(test_small_buffer_boundaries),
		cmocka_unit_test(test_fwrite_seam),
		cmocka_unit_test(test_setvbuf_modes),
		cmocka_unit_test(test_remove_and_tmpfile),
		cmocka_unit_test(test_fdopen_and_freopen),
		cmocka_unit_test(test_pool_overflow),
		cmocka_unit_test(test_unlocked_aliases),
		cmocka_unit_test(test_stdout_undetermined_then_full),
		cmocka_unit_test(test_stdout_setvbuf_overrides),
		cmocka_unit_test(test_puts_longer_than_buffer),
		cmocka_unit_test(test_puts_failure_takes_back),
		cmocka_unit_test(test_fgets_vs_glibc),
		cmocka_unit_test(test_stderr_unbuffered_and_perror),
		cmocka_unit_test(test_stdin_read_flushes_stdout),
	};
	default_signals();
	return cmocka_run_group_tests(tests, setup, teardown);
}
