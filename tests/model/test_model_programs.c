/*
 * Driver for compare_programs.py: runs one of the stdio test programs
 * (tests/stdio/programs/, examples/seed.c), compiled unchanged against
 * lstar through lstar_stdio_shim.h, on the kernel model, and prints the
 * model's trace.
 *
 *   test_model_programs NAME [--tty] [--dir DIR] [--inject SPEC]
 *
 * --tty makes fds 0-2 terminals (else pipes); --dir seeds the model's
 * working directory with DIR/test.txt; --inject takes strace's
 * inject=... syntax.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

int prog_seed(int argc, char **argv);
int prog_lines(void);
int prog_bulk(void);
int prog_stderr(void);
int prog_exit_flush(void);
int prog_underscore_exit(void);
int prog_unbuffered(void);
int prog_fgets_lines(void);

static int run_seed(int c, char **v, char **e) { (void)e; return prog_seed(c, v); }
static int run_lines(int c, char **v, char **e) { (void)c, (void)v, (void)e; return prog_lines(); }
static int run_bulk(int c, char **v, char **e) { (void)c, (void)v, (void)e; return prog_bulk(); }
static int run_stderr(int c, char **v, char **e) { (void)c, (void)v, (void)e; return prog_stderr(); }
static int run_exit_flush(int c, char **v, char **e) { (void)c, (void)v, (void)e; return prog_exit_flush(); }
static int run_underscore_exit(int c, char **v, char **e)
{
	(void)c, (void)v, (void)e;
	return prog_underscore_exit();
}
static int run_unbuffered(int c, char **v, char **e)
{
	(void)c, (void)v, (void)e;
	return prog_unbuffered();
}

static int run_fgets_lines(int c, char **v, char **e)
{
	(void)c, (void)v, (void)e;
	return prog_fgets_lines();
}

static const struct {
	const char *name;
	int (*fn)(int, char **, char **);
} progs[] = {
	{ "seed", run_seed }, { "lines", run_lines }, { "bulk", run_bulk },
	{ "stderr", run_stderr }, { "exit_flush", run_exit_flush },
	{ "underscore_exit", run_underscore_exit }, { "unbuffered", run_unbuffered },
	{ "fgets_lines", run_fgets_lines },
};

static int tty;
static const char *inject;
static char text[4096];
static size_t text_len;
static int have_text;

static void setup(void *arg)
{
	(void)arg;
	for (int fd = 0; fd < 3; fd++)
		lstar_model_set_std(fd, tty ? LSTAR_MODEL_TTY : LSTAR_MODEL_PIPE, NULL);
	if (have_text)
		lstar_model_write_file("test.txt", text, text_len, 0644);
	if (inject && lstar_model_inject(inject))
		exit(3);
}

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : "";
	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--tty") == 0) {
			tty = 1;
		} else if (strcmp(argv[i], "--inject") == 0 && i + 1 < argc) {
			inject = argv[++i];
		} else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
			char path[4096];
			snprintf(path, sizeof path, "%s/test.txt", argv[++i]);
			FILE *f = fopen(path, "r");
			if (!f)
				return 2;
			text_len = fread(text, 1, sizeof text, f);
			fclose(f);
			have_text = 1;
		}
	}
	for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		if (strcmp(progs[i].name, name))
			continue;
		/* One program per process: no need to fork for a fresh image. */
		char *argv1[] = { "prog", NULL };
		static char trace[1 << 21];
		lstar_model_reset();
		setup(NULL);
		int status = lstar_model_run(progs[i].fn, 1, argv1);
		lstar_model_trace_format(trace, sizeof trace);
		fputs(trace, stdout);
		return status;
	}
	fprintf(stderr, "unknown program '%s'\n", name);
	return 2;
}
