/*
 * Fault injection after strace's -e inject=SET:error=E|retval=N:when=EXPR.
 * A rule matches a set of syscalls; each (rule, syscall) pair counts its
 * calls from 1, and `when` picks which of them fail: FIRST, FIRST+ (every
 * call from FIRST), FIRST+STEP, FIRST..LAST, FIRST..LAST+STEP.  Without
 * `when`, every call.
 */
#include <errno.h>
#include <string.h>
#include "kernel.h"

#define NR_RULES 16
#define UNBOUNDED (~0UL)

struct inject_rule {
	unsigned char set[(__NR_syscall_max + 8) / 8];
	unsigned long count[__NR_syscall_max + 1];
	unsigned long first, last, step;
	int action;		/* 1: error or retval, 2: short transfer */
	long value;
	unsigned prob;		/* percent; 100 = always */
};

static struct inject_rule rules[NR_RULES];
static int nrules;
static unsigned long rng = 1, injected_total;

void __lstar_model_inject_reset(void)
{
	nrules = 0;
	rng = 1;
	injected_total = 0;
}

void lstar_model_inject_clear(void)
{
	nrules = 0;
}

void lstar_model_seed(unsigned long seed)
{
	rng = seed ? seed : 1;
}

unsigned long lstar_model_injected(void)
{
	return injected_total;
}

static unsigned next_percent(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % 100);
}

/* Every rule that names the call counts it; the first that fires wins. */
struct inject_result __lstar_model_inject_check(long nr)
{
	struct inject_result res = { 0, 0 };
	for (int i = 0; i < nrules; i++) {
		struct inject_rule *r = &rules[i];
		if (!(r->set[nr / 8] & (1u << (nr % 8))))
			continue;
		unsigned long n = ++r->count[nr];
		if (res.action || n < r->first || n > r->last)
			continue;
		if (r->step ? (n - r->first) % r->step : n != r->first)
			continue;
		if (r->prob < 100 && next_percent() >= r->prob)
			continue;
		res.action = r->action;
		res.value = r->value;
	}
	if (res.action)
		injected_total++;
	return res;
}

static struct inject_rule *new_rule(void)
{
	if (nrules == NR_RULES)
		return NULL;
	struct inject_rule *r = &rules[nrules];
	memset(r, 0, sizeof *r);
	r->first = 1;
	r->last = UNBOUNDED;
	r->step = 1;
	r->prob = 100;
	return r;
}

int lstar_model_inject_nr(long nr, int err, long retval, long short_max,
			  unsigned long first, unsigned long last, unsigned long step)
{
	if (nr < 0 || nr > __NR_syscall_max || first == 0 || err < 0 || err > 4095)
		return -EINVAL;
	struct inject_rule *r = new_rule();
	if (!r)
		return -ENOSPC;
	r->set[nr / 8] |= (unsigned char)(1u << (nr % 8));
	r->first = first;
	r->last = last ? last : UNBOUNDED;
	r->step = step;
	r->action = err ? 1 : short_max > 0 ? 2 : 1;
	r->value = err ? -err : short_max > 0 ? short_max : retval;
	nrules++;
	return 0;
}

long lstar_model_syscall_nr(const char *name)
{
	for (long nr = 0; nr <= __NR_syscall_max; nr++)
		if (strcmp(__lstar_model_syscall_names[nr], name) == 0)
			return nr;
	return -ENOENT;
}

const char *lstar_model_syscall_name(long nr)
{
	return nr >= 0 && nr <= __NR_syscall_max ? __lstar_model_syscall_names[nr] : NULL;
}

/* Parse an unsigned decimal at *s; 0 if there is none. */
static int parse_ul(const char **s, unsigned long *v)
{
	const char *p = *s;
	unsigned long x = 0;
	if (*p < '0' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		x = x * 10 + (unsigned long)(*p++ - '0');
	*s = p;
	*v = x;
	return 1;
}

static int parse_set(struct inject_rule *r, const char *s, size_t n)
{
	if (!n)
		return -EINVAL;
	while (n) {
		const char *comma = memchr(s, ',', n);
		size_t len = comma ? (size_t)(comma - s) : n;
		char name[64];
		if (len == 0 || len >= sizeof name)
			return -EINVAL;
		memcpy(name, s, len);
		name[len] = 0;
		if (strcmp(name, "all") == 0) {
			memset(r->set, 0xff, sizeof r->set);
		} else {
			long nr = lstar_model_syscall_nr(name);
			if (nr < 0)
				return -EINVAL;
			r->set[nr / 8] |= (unsigned char)(1u << (nr % 8));
		}
		s += len;
		n -= len;
		if (n) {
			s++;
			if (!--n)
				return -EINVAL;	/* a trailing comma */
		}
	}
	return 0;
}

static int parse_when(struct inject_rule *r, const char *p, const char *end)
{
	if (!parse_ul(&p, &r->first) || r->first == 0)
		return -EINVAL;
	r->last = UNBOUNDED;
	r->step = 0;			/* "when=N": the Nth call only */
	if (p + 1 < end && p[0] == '.' && p[1] == '.') {
		p += 2;
		if (!parse_ul(&p, &r->last) || r->last < r->first)
			return -EINVAL;
		r->step = 1;
	}
	if (p < end && *p == '+') {
		p++;
		r->step = 1;
		if (p < end && !parse_ul(&p, &r->step))
			return -EINVAL;
		if (r->step == 0)
			return -EINVAL;
	}
	return p == end ? 0 : -EINVAL;
}

static int parse_value(const char *p, const char *end, long *v)
{
	int neg = p < end && *p == '-';
	unsigned long x;
	p += neg;
	if (!parse_ul(&p, &x) || p != end)
		return -EINVAL;
	*v = neg ? -(long)x : (long)x;
	return 0;
}

static int parse_option(struct inject_rule *r, const char *s, size_t n)
{
	const char *eq = memchr(s, '=', n), *end = s + n;
	if (!eq)
		return -EINVAL;
	size_t klen = (size_t)(eq - s);
	const char *v = eq + 1;
	long x;
#define KEY(k) (klen == sizeof k - 1 && memcmp(s, k, klen) == 0)
	if (KEY("error")) {
		int e = __lstar_model_errno_parse(v, (size_t)(end - v));
		if (!e && (parse_value(v, end, &x) || x <= 0 || x > 4095))
			return -EINVAL;
		r->action = 1;
		r->value = -(e ? e : x);
	} else if (KEY("retval")) {
		if (parse_value(v, end, &x) || x < 0)
			return -EINVAL;
		r->action = 1;
		r->value = x;
	} else if (KEY("short")) {
		if (parse_value(v, end, &x) || x < 0)
			return -EINVAL;
		r->action = 2;
		r->value = x;
	} else if (KEY("when")) {
		return parse_when(r, v, end);
	} else if (KEY("prob")) {
		if (parse_value(v, end, &x) || x < 0 || x > 100)
			return -EINVAL;
		r->prob = (unsigned)x;
	} else {
		return -EINVAL;
	}
#undef KEY
	return 0;
}

int lstar_model_inject(const char *spec)
{
	if (!spec)
		return -EINVAL;
	int fault = 0;
	if (strncmp(spec, "inject=", 7) == 0)
		spec += 7;
	else if (strncmp(spec, "fault=", 6) == 0)
		spec += 6, fault = 1;
	struct inject_rule *r = new_rule();
	if (!r)
		return -ENOSPC;
	const char *colon = strchr(spec, ':');
	size_t setlen = colon ? (size_t)(colon - spec) : strlen(spec);
	if (parse_set(r, spec, setlen))
		return -EINVAL;
	const char *p = colon;
	while (p) {
		p++;
		const char *next = strchr(p, ':');
		size_t n = next ? (size_t)(next - p) : strlen(p);
		if (parse_option(r, p, n))
			return -EINVAL;
		p = next;
	}
	/* strace's fault= defaults to ENOSYS; inject= must say what to do. */
	if (!r->action) {
		if (!fault)
			return -EINVAL;
		r->action = 1;
		r->value = -ENOSYS;
	}
	nrules++;
	return 0;
}
