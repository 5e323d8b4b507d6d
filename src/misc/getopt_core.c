/*
 * Command-line option parsing with GNU getopt's behaviour, so programs
 * written for glibc parse the same argv the same way:
 *   - by default non-options are moved after the options ("permutation");
 *     a leading '+' in optstring or POSIXLY_CORRECT in the environment
 *     stops at the first non-option; a leading '-' returns each
 *     non-option as the argument of option 1;
 *   - "--" ends the options; "x:" takes an argument, "x::" an optional
 *     one (only when attached); "W;" turns "-W foo" into "--foo";
 *   - long options may be abbreviated to any unambiguous prefix;
 *   - a leading ':' (after '+'/'-') silences the messages and makes a
 *     missing argument return ':'.
 * Messages go to fd 2 with one writev, worded exactly as glibc's.
 * optind = 0 restarts the scan from argv[1] and re-reads the environment.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/uio.h>
#include "getopt_impl.h"

char *optarg;
int optind = 1, opterr = 1, optopt = '?';

enum ordering { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int initialized;
	enum ordering ordering;
	char *nextchar;		/* rest of the current cluster of short options */
	int first_nonopt;	/* non-options skipped so far: [first, last) */
	int last_nonopt;
	int optopt;		/* copied to optopt after every call, as glibc does */
} st;

static void say(const char *a, const char *b, const char *c, const char *d, const char *e)
{
	const char *parts[] = { a, b, c, d, e };
	struct iovec iov[5];
	int n = 0;
	for (int i = 0; i < 5; i++)
		if (parts[i])
			iov[n++] = (struct iovec){ (void *)parts[i], strlen(parts[i]) };
	writev(2, iov, n);
}

static void say_char(const char *prog, const char *what, char c)
{
	char q[5] = { '\'', c, '\'', '\n', 0 };
	say(prog, what, q, 0, 0);
}

/* Rotates the skipped non-options [first, last) behind the options
 * [last, optind) just scanned, keeping each group's order. */
static void exchange(char **argv)
{
	int bottom = st.first_nonopt, middle = st.last_nonopt, top = optind;
	while (top > middle && middle > bottom) {
		if (top - middle > middle - bottom) {
			int len = middle - bottom;
			for (int i = 0; i < len; i++) {
				char *t = argv[bottom + i];
				argv[bottom + i] = argv[top - len + i];
				argv[top - len + i] = t;
			}
			top -= len;
		} else {
			int len = top - middle;
			for (int i = 0; i < len; i++) {
				char *t = argv[bottom + i];
				argv[bottom + i] = argv[middle + i];
				argv[middle + i] = t;
			}
			bottom += len;
		}
	}
	st.first_nonopt += optind - st.last_nonopt;
	st.last_nonopt = optind;
}

static const char *initialize(const char *optstring)
{
	st.first_nonopt = st.last_nonopt = optind;
	st.nextchar = 0;
	if (optstring[0] == '-') {
		st.ordering = RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		st.ordering = REQUIRE_ORDER;
		optstring++;
	} else if (getenv("POSIXLY_CORRECT")) {
		st.ordering = REQUIRE_ORDER;
	} else {
		st.ordering = PERMUTE;
	}
	st.initialized = 1;
	return optstring;
}

/* Is long option p "the same" as q, so that both matching a prefix is not
 * an ambiguity (glibc's rule)? */
static int same_option(const struct option *p, const struct option *q)
{
	return p->has_arg == q->has_arg && p->flag == q->flag && p->val == q->val;
}

static int long_option(int argc, char **argv, const char *optstring,
		       const struct option *longopts, int *longindex,
		       int long_only, int print, const char *prefix)
{
	char *name = st.nextchar, *nameend = name;
	while (*nameend && *nameend != '=')
		nameend++;
	size_t len = (size_t)(nameend - name);
	const struct option *found = 0;
	int index = -1, ambiguous = 0;

	for (int i = 0; longopts[i].name; i++)
		if (!strncmp(longopts[i].name, name, len) && strlen(longopts[i].name) == len) {
			found = &longopts[i];
			index = i;
			break;
		}
	if (!found) {
		for (int i = 0; longopts[i].name; i++) {
			if (strncmp(longopts[i].name, name, len))
				continue;
			if (!found) {
				found = &longopts[i];
				index = i;
			} else if (long_only || !same_option(found, &longopts[i])) {
				ambiguous = 1;
			}
		}
	}
	if (ambiguous) {
		if (print) {
			say(argv[0], ": option '", prefix, name, "' is ambiguous; possibilities:");
			for (int i = 0; longopts[i].name; i++)
				if (!strncmp(longopts[i].name, name, len) &&
				    (i == index || long_only || !same_option(found, &longopts[i])))
					say(" '", prefix, longopts[i].name, "'", 0);
			say("\n", 0, 0, 0, 0);
		}
		st.nextchar = 0;
		optind++;
		st.optopt = 0;
		return '?';
	}
	if (!found) {
		/* getopt_long_only falls back to a short option when "-xyz" names
		 * no long one but x is a valid short option. */
		if (!long_only || argv[optind][1] == '-' || !strchr(optstring, *name)) {
			if (print)
				say(argv[0], ": unrecognized option '", prefix, name, "'\n");
			st.nextchar = 0;
			optind++;
			st.optopt = 0;
			return '?';
		}
		return -1;
	}

	optind++;
	st.nextchar = 0;
	if (*nameend) {
		if (found->has_arg) {
			optarg = nameend + 1;
		} else {
			if (print)
				say(argv[0], ": option '", prefix, found->name, "' doesn't allow an argument\n");
			st.optopt = found->val;
			return '?';
		}
	} else if (found->has_arg == required_argument) {
		if (optind < argc) {
			optarg = argv[optind++];
		} else {
			if (print)
				say(argv[0], ": option '", prefix, found->name, "' requires an argument\n");
			st.optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
	}
	if (longindex)
		*longindex = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

static int is_nonoption(char *const argv[])
{
	return argv[optind][0] != '-' || argv[optind][1] == 0;
}

/* Moves to the next argv element that holds options; returns 0 when there
 * is one (st.nextchar unset), or the value getopt must return. */
static int advance(int argc, char **argv, int *done)
{
	*done = 1;
	if (st.last_nonopt > optind)
		st.last_nonopt = optind;
	if (st.first_nonopt > optind)
		st.first_nonopt = optind;
	if (st.ordering == PERMUTE) {
		if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
			exchange(argv);
		else if (st.last_nonopt != optind)
			st.first_nonopt = optind;
		while (optind < argc && is_nonoption(argv))
			optind++;
		st.last_nonopt = optind;
	}
	if (optind != argc && !strcmp(argv[optind], "--")) {
		optind++;
		if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
			exchange(argv);
		else if (st.first_nonopt == st.last_nonopt)
			st.first_nonopt = optind;
		st.last_nonopt = argc;
		optind = argc;
	}
	if (optind == argc) {
		if (st.first_nonopt != st.last_nonopt)
			optind = st.first_nonopt;
		return -1;
	}
	if (is_nonoption(argv)) {
		if (st.ordering == REQUIRE_ORDER)
			return -1;
		optarg = argv[optind++];
		return 1;
	}
	*done = 0;
	return 0;
}

static int short_option(int argc, char **argv, const char *optstring,
			const struct option *longopts, int *longindex, int print)
{
	char c = *st.nextchar++;
	const char *spec = strchr(optstring, c);

	if (!*st.nextchar)
		optind++;
	if (!spec || c == ':' || c == ';') {
		if (print)
			say_char(argv[0], ": invalid option -- ", c);
		st.optopt = c;
		return '?';
	}
	if (spec[0] == 'W' && spec[1] == ';' && longopts) {
		if (*st.nextchar) {
			optarg = st.nextchar;
		} else if (optind == argc) {
			if (print)
				say_char(argv[0], ": option requires an argument -- ", c);
			st.optopt = c;
			return optstring[0] == ':' ? ':' : '?';
		} else {
			optarg = argv[optind];
		}
		st.nextchar = optarg;
		optarg = 0;
		return long_option(argc, argv, optstring, longopts, longindex, 0, print, "-W ");
	}
	if (spec[1] == ':') {
		if (*st.nextchar) {
			optarg = st.nextchar;
			optind++;
		} else if (spec[2] == ':') {
			optarg = 0;
		} else if (optind == argc) {
			if (print)
				say_char(argv[0], ": option requires an argument -- ", c);
			st.optopt = c;
			c = optstring[0] == ':' ? ':' : '?';
		} else {
			optarg = argv[optind++];
		}
		st.nextchar = 0;
	}
	return c;
}

static int parse(int argc, char *const argv_[], const char *optstring,
		 const struct option *longopts, int *longindex, int long_only)
{
	/* GNU getopt permutes argv in place despite the const in the prototype. */
	char **argv = (char **)argv_;

	if (argc < 1)
		return -1;
	optarg = 0;
	if (optind == 0 || !st.initialized) {
		if (optind == 0)
			optind = 1;
		optstring = initialize(optstring);
	} else if (optstring[0] == '-' || optstring[0] == '+') {
		optstring++;
	}
	int print = opterr && optstring[0] != ':';

	if (!st.nextchar || !*st.nextchar) {
		int done, r = advance(argc, argv, &done);
		if (done)
			return r;
		if (longopts) {
			if (argv[optind][1] == '-') {
				st.nextchar = argv[optind] + 2;
				return long_option(argc, argv, optstring, longopts, longindex,
						   long_only, print, "--");
			}
			if (long_only && (argv[optind][2] || !strchr(optstring, argv[optind][1]))) {
				st.nextchar = argv[optind] + 1;
				int r2 = long_option(argc, argv, optstring, longopts, longindex,
						     long_only, print, "-");
				if (r2 != -1)
					return r2;
			}
		}
		st.nextchar = argv[optind] + 1;
	}
	return short_option(argc, argv, optstring, longopts, longindex, print);
}

int __lstar_getopt(int argc, char *const argv[], const char *optstring,
		   const struct option *longopts, int *longindex, int long_only)
{
	int r = parse(argc, argv, optstring, longopts, longindex, long_only);
	optopt = st.optopt;
	return r;
}
