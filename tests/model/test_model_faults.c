/*
 * The fault matrix: every stdio operation x every system call it makes x
 * every fault that call can meet, each scenario in a fresh process image.
 *
 * A fault-free run of each program gives the baseline: its trace (which
 * system calls, how many of each), what reached stdout, stderr and
 * out.txt, and what the program observed (note()).  Then, for the k-th
 * call of each system call name and each fault:
 *   transient (EINTR, a short count): everything equals the baseline;
 *   benign (a failing tty probe): the bytes equal the baseline;
 *   permanent (ENOSPC, EIO, EBADF, EFAULT, EAGAIN, ENOMEM, ...): some API
 *     call reported it (return value + errno, noted as FAIL), each stream
 *     that reported nothing is byte-identical to the baseline, and a
 *     stream that did report holds a prefix of its baseline (no garbage,
 *     nothing twice).  stderr is unbuffered: a failed write loses just
 *     that write, which its fputs reported.
 */
#include "model_test.h"
#include "harness.h"
#include "../stdio/stdio_api.h"

#include <errno.h>
#include <stdio.h>

ssize_t lstar_getline(char **line, size_t *n, lstar_FILE *f);

static char payload[70000];
static size_t plen;
static const size_t sizes[] = { 100, sizeof payload };

static void make_payload(size_t n)
{
	plen = n;
	for (size_t i = 0; i < n; i++)
		payload[i] = (i % 61 == 60) ? '\n' : (char)('a' + (i * 7 + i / 61) % 26);
	payload[n - 1] = '\n';
}

static void api_fail(const char *what)
{
	const char *e = lstar_model_errno_name(lstar_errno);
	note("FAIL %s errno=%s\n", what, e ? e : "0");
}

static int ctl(const char *text)
{
	if (lstar_fputs(text, lstar_stderr) == EOF) {
		api_fail("stderr:fputs");
		return -1;
	}
	return 0;
}

static lstar_FILE *open_out(void)
{
	lstar_FILE *f = lstar_fopen("out.txt", "w");
	if (!f) {
		api_fail("out:fopen");
		ctl("control-after\n");
	}
	return f;
}

static int close_out(lstar_FILE *f)
{
	ctl("control-after\n");
	if (lstar_fclose(f) == EOF)
		api_fail("out:fclose");
	return 0;
}

/* The payload cut into its lines, as the text programs write it. */
static size_t next_line(size_t at, char *line, size_t cap)
{
	size_t n = 0;
	while (at + n < plen && n + 1 < cap) {
		line[n] = payload[at + n];
		if (line[n++] == '\n')
			break;
	}
	line[n] = 0;
	return n;
}

static int w_fputs(int argc, char **argv, char **envp)
{
	char line[128];
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	lstar_FILE *f = open_out();
	if (!f)
		return 1;
	for (size_t at = 0, n; (n = next_line(at, line, sizeof line)); at += n)
		if (lstar_fputs(line, f) == EOF) {
			api_fail("out:fputs");
			break;
		}
	return close_out(f);
}

static int w_fwrite(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	lstar_FILE *f = open_out();
	if (!f)
		return 1;
	for (size_t at = 0; at < plen; at += 1000) {
		size_t n = plen - at < 1000 ? plen - at : 1000;
		if (lstar_fwrite(payload + at, 1, n, f) != n) {
			api_fail("out:fwrite");
			break;
		}
	}
	return close_out(f);
}

static int w_fputc(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	lstar_FILE *f = open_out();
	if (!f)
		return 1;
	for (size_t i = 0; i < plen; i++)
		if (lstar_fputc((unsigned char)payload[i], f) == EOF) {
			api_fail("out:fputc");
			break;
		}
	return close_out(f);
}

static int w_fflush(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	lstar_FILE *f = open_out();
	if (!f)
		return 1;
	size_t half = plen / 2;
	if (lstar_fwrite(payload, 1, half, f) != half)
		api_fail("out:fwrite");
	else if (lstar_fflush(f) == EOF)
		api_fail("out:fflush");
	else if (lstar_fwrite(payload + half, 1, plen - half, f) != plen - half)
		api_fail("out:fwrite");
	else if (lstar_fflush(f) == EOF)
		api_fail("out:fflush");
	return close_out(f);
}

static int w_puts(int argc, char **argv, char **envp)
{
	char line[128];
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	for (size_t at = 0, n; (n = next_line(at, line, sizeof line)); at += n) {
		line[n - 1] = 0;	/* puts adds the newline back */
		if (lstar_puts(line) == EOF) {
			api_fail("stdout:puts");
			break;
		}
	}
	ctl("control-after\n");
	if (lstar_fflush(lstar_stdout) == EOF)
		api_fail("stdout:fflush");
	return 0;
}

static int w_printf(int argc, char **argv, char **envp)
{
	char line[128];
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	for (size_t at = 0, n; (n = next_line(at, line, sizeof line)); at += n)
		if (lstar_printf("%.*s", (int)n, line) < 0) {
			api_fail("stdout:printf");
			break;
		}
	ctl("control-after\n");
	if (lstar_fflush(lstar_stdout) == EOF)
		api_fail("stdout:fflush");
	return 0;
}

/* Readers: what they got must be the file, or a reported failure. */
static char got[sizeof payload + 1];

static void report_read(size_t n, lstar_FILE *f)
{
	note("got=%zu prefix=%d\n", n, n <= plen && memcmp(got, payload, n) == 0);
	if (f && lstar_fclose(f) == EOF)
		api_fail("in:fclose");
	ctl("control-after\n");
}

static lstar_FILE *open_in(void)
{
	ctl("control-before\n");
	lstar_FILE *f = lstar_fopen("in.txt", "r");
	if (!f) {
		api_fail("in:fopen");
		ctl("control-after\n");
	}
	return f;
}

static int r_fgets(int argc, char **argv, char **envp)
{
	char line[100];
	size_t n = 0;
	(void)argc, (void)argv, (void)envp;
	lstar_FILE *f = open_in();
	if (!f)
		return 1;
	while (lstar_fgets(line, sizeof line, f)) {
		memcpy(got + n, line, strlen(line));
		n += strlen(line);
	}
	if (lstar_ferror(f))
		api_fail("in:fgets");
	report_read(n, f);
	return 0;
}

static int r_fread(int argc, char **argv, char **envp)
{
	size_t n = 0, r;
	(void)argc, (void)argv, (void)envp;
	lstar_FILE *f = open_in();
	if (!f)
		return 1;
	while ((r = lstar_fread(got + n, 1, 777, f)) > 0)
		n += r;
	if (lstar_ferror(f))
		api_fail("in:fread");
	report_read(n, f);
	return 0;
}

static int r_getc(int argc, char **argv, char **envp)
{
	size_t n = 0;
	int c;
	(void)argc, (void)argv, (void)envp;
	lstar_FILE *f = open_in();
	if (!f)
		return 1;
	while ((c = lstar_getc(f)) != EOF)
		got[n++] = (char)c;
	if (lstar_ferror(f))
		api_fail("in:getc");
	report_read(n, f);
	return 0;
}

static int r_getline(int argc, char **argv, char **envp)
{
	char *line = NULL;
	size_t cap = 0, n = 0;
	ssize_t r;
	(void)argc, (void)argv, (void)envp;
	lstar_FILE *f = open_in();
	if (!f)
		return 1;
	while ((r = lstar_getline(&line, &cap, f)) > 0) {
		memcpy(got + n, line, (size_t)r);
		n += (size_t)r;
	}
	/* getline fails with ENOMEM without the stream's error flag. */
	if (lstar_ferror(f) || (r < 0 && lstar_errno && !lstar_feof(f)))
		api_fail("in:getline");
	lstar_free(line);
	report_read(n, f);
	return 0;
}

static int r_getchar(int argc, char **argv, char **envp)
{
	size_t n = 0;
	int c;
	(void)argc, (void)argv, (void)envp;
	ctl("control-before\n");
	while ((c = lstar_getchar()) != EOF)
		got[n++] = (char)c;
	if (lstar_ferror(lstar_stdin))
		api_fail("in:getchar");
	report_read(n, NULL);
	return 0;
}

struct program {
	const char *name;
	int (*main_fn)(int, char **, char **);
	const char *file;	/* model file to compare, if any */
};

static const struct program programs[] = {
	{ "fputs", w_fputs, "out.txt" }, { "fwrite", w_fwrite, "out.txt" },
	{ "fputc", w_fputc, "out.txt" }, { "fflush", w_fflush, "out.txt" },
	{ "puts", w_puts, NULL }, { "printf", w_printf, NULL },
	{ "fgets", r_fgets, NULL }, { "fread", r_fread, NULL },
	{ "getc", r_getc, NULL }, { "getline", r_getline, NULL },
	{ "getchar", r_getchar, NULL },
};

enum kind { TRANSIENT, BENIGN, PERMANENT };

struct fault {
	const char *syscall;
	const char *spec;	/* after "SYSCALL:" and before ":when=K" */
	enum kind kind;
	const char *err;	/* the errno a permanent fault must surface */
};

static const struct fault faults[] = {
	{ "write", "error=EINTR", TRANSIENT, NULL },
	{ "write", "short=1", TRANSIENT, NULL },
	{ "write", "short=100", TRANSIENT, NULL },
	{ "write", "error=EAGAIN", PERMANENT, "EAGAIN" },
	{ "write", "error=ENOSPC", PERMANENT, "ENOSPC" },
	{ "write", "error=EIO", PERMANENT, "EIO" },
	{ "write", "error=EBADF", PERMANENT, "EBADF" },
	{ "write", "error=EFAULT", PERMANENT, "EFAULT" },
	{ "read", "error=EINTR", TRANSIENT, NULL },
	{ "read", "short=1", TRANSIENT, NULL },
	{ "read", "short=100", TRANSIENT, NULL },
	{ "read", "error=EAGAIN", PERMANENT, "EAGAIN" },
	{ "read", "error=EIO", PERMANENT, "EIO" },
	{ "read", "error=EBADF", PERMANENT, "EBADF" },
	{ "read", "error=EFAULT", PERMANENT, "EFAULT" },
	{ "openat", "error=ENOENT", PERMANENT, "ENOENT" },
	{ "openat", "error=EACCES", PERMANENT, "EACCES" },
	{ "openat", "error=EMFILE", PERMANENT, "EMFILE" },
	{ "openat", "error=EINTR", PERMANENT, "EINTR" },
	{ "close", "error=EIO", PERMANENT, "EIO" },
	{ "close", "error=EBADF", PERMANENT, "EBADF" },
	{ "ioctl", "error=EIO", BENIGN, NULL },
	{ "ioctl", "error=EINTR", BENIGN, NULL },
	{ "mmap", "error=ENOMEM", PERMANENT, "ENOMEM" },
	{ "brk", "retval=0", PERMANENT, "ENOMEM" },
};

static const struct program *cur_prog;

static void setup_fs(void *arg)
{
	(void)arg;
	lstar_model_write_file("in.txt", payload, plen, 0644);
	lstar_model_set_input(0, payload, plen);
}

static int count_calls(const char *trace, const char *name)
{
	char head[32];
	int n = 0;
	snprintf(head, sizeof head, "%s(", name);
	for (const char *p = trace; *p; p = strchr(p, '\n') + 1)
		if (strncmp(p, head, strlen(head)) == 0)
			n++;
	return n;
}

static int is_prefix(const char *s, size_t n, const char *of, size_t of_n)
{
	return n <= of_n && memcmp(s, of, n) == 0;
}

static int stream_failed(const char *notes, const char *stream)
{
	char tag[32];
	snprintf(tag, sizeof tag, "FAIL %s:", stream);
	return strstr(notes, tag) != NULL;
}

static int check(const struct run_result *base, const struct run_result *r,
		 const struct fault *f, const char **why)
{
	size_t blen = base->file_len < 0 ? 0 : (size_t)base->file_len;
	size_t rlen = r->file_len < 0 ? 0 : (size_t)r->file_len;
	int same_bytes = r->out_len == base->out_len && !memcmp(r->out, base->out, r->out_len) &&
			 !strcmp(r->err, base->err) && r->file_len == base->file_len &&
			 !memcmp(r->file, base->file, rlen);
	*why = "";
	if (r->status < 0 || r->status >= 128) {
		*why = "the program did not end normally";
		return 0;
	}
	if (f->kind != PERMANENT) {
		if (!same_bytes)
			*why = "bytes differ from the fault-free run";
		else if (strcmp(r->notes, base->notes))
			*why = "the program saw different results";
		return **why == 0;
	}
	char want[64];
	snprintf(want, sizeof want, "errno=%s\n", f->err);
	if (!strstr(r->notes, want)) {
		*why = "the fault did not surface through the API with its errno";
		return 0;
	}
	/* Streams that reported nothing are intact; failed ones hold a prefix. */
	int out_fail = stream_failed(r->notes, "out") || stream_failed(r->notes, "stdout");
	if (!out_fail && (r->out_len != base->out_len || memcmp(r->out, base->out, r->out_len) ||
			  r->file_len != base->file_len || memcmp(r->file, base->file, rlen))) {
		*why = "a stream that reported no error lost or changed bytes";
		return 0;
	}
	if (!is_prefix(r->out, r->out_len, base->out, base->out_len) ||
	    !is_prefix(r->file, rlen, base->file, blen)) {
		*why = "output is not a prefix of the fault-free output";
		return 0;
	}
	if (!stream_failed(r->notes, "stderr") && strcmp(r->err, base->err)) {
		*why = "stderr reported no error but differs";
		return 0;
	}
	if (strstr(r->notes, "prefix=0")) {
		*why = "a reader got bytes that are not the file's";
		return 0;
	}
	return 1;
}

static const char *inject_spec;

static void setup_inject(void *arg)
{
	setup_fs(arg);
	if (lstar_model_inject(inject_spec))
		_exit(3);
}

static void test_fault_matrix(void **state)
{
	static struct run_result base, r;
	char spec[96];
	int scenarios = 0, failures = 0, per_kind[3] = { 0 };
	(void)state;
	for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		make_payload(sizes[s]);
		for (size_t p = 0; p < sizeof programs / sizeof programs[0]; p++) {
			cur_prog = &programs[p];
			assert_int_equal(run_isolated(setup_fs, NULL, cur_prog->main_fn,
						      cur_prog->file, &base), 0);
			assert_int_equal(base.status, 0);
			if (strstr(base.notes, "FAIL") || strstr(base.notes, "prefix=0"))
				fail_msg("%s: fault-free run failed: %s", cur_prog->name, base.notes);
			for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
				const struct fault *f = &faults[i];
				int calls = count_calls(base.trace, f->syscall);
				for (int k = 1; k <= calls; k++) {
					snprintf(spec, sizeof spec, "%s:%s:when=%d", f->syscall, f->spec, k);
					inject_spec = spec;
					assert_int_equal(run_isolated(setup_inject, NULL, cur_prog->main_fn,
								      cur_prog->file, &r), 0);
					const char *why;
					scenarios++;
					per_kind[f->kind]++;
					if (!check(&base, &r, f, &why)) {
						if (failures++ < 10)
							print_message("FAIL %s (%zu bytes) %s: %s\n%s--\n%s",
								      cur_prog->name, plen, spec, why,
								      r.notes, r.trace);
					}
				}
			}
		}
	}
	print_message("fault matrix: %d scenarios (%d transient, %d benign, %d permanent), "
		      "%d failed\n", scenarios, per_kind[TRANSIENT], per_kind[BENIGN],
		      per_kind[PERMANENT], failures);
	assert_true(scenarios >= 200);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fault_matrix),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
