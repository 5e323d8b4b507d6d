#include <stdlib.h>
#include "random.h"

/*
 * The additive feedback generator of BSD and glibc, so that a program gets
 * the same numbers from the same seed with either library.  Before any
 * seeding the state is that of srandom(1) on a 128-byte (type 3, degree
 * 31) table, as glibc's is; it is set up on first use.
 */
static int32_t table[32];
struct random_state __lstar_random = { table + 1, 3, 31, 3, 0, 0, 0 };

/* x_{k} = 16807 x_{k-1} mod (2^31 - 1), without overflow (Schrage). */
void __lstar_srandom_state(struct random_state *r, unsigned seed)
{
	int32_t *s = r->state;
	int32_t word = (int32_t)(seed ? seed : 1);
	s[0] = word;
	if (!r->type)
		return;
	for (int i = 1; i < r->deg; i++) {
		long hi = word / 127773, lo = word % 127773;
		word = (int32_t)(16807 * lo - 2836 * hi);
		if (word < 0)
			word += 2147483647;
		s[i] = word;
	}
	r->fptr = s + r->sep;
	r->rptr = s;
	r->end = s + r->deg;
	for (int k = 10 * r->deg; k > 0; k--)
		__lstar_random_step(r);
}

int32_t __lstar_random_step(struct random_state *r)
{
	if (!r->type) {
		int32_t v = (int32_t)(((uint32_t)r->state[0] * 1103515245U + 12345U) & 0x7fffffff);
		r->state[0] = v;
		return v;
	}
	*r->fptr = (int32_t)((uint32_t)*r->fptr + (uint32_t)*r->rptr);
	int32_t v = (int32_t)(((uint32_t)*r->fptr >> 1) & 0x7fffffff);
	if (++r->fptr >= r->end) {
		r->fptr = r->state;
		++r->rptr;
	} else if (++r->rptr >= r->end) {
		r->rptr = r->state;
	}
	return v;
}

long random(void)
{
	if (!__lstar_random.end && __lstar_random.type)
		__lstar_srandom_state(&__lstar_random, 1);
	return __lstar_random_step(&__lstar_random);
}

/* The word before the table records type + 5 * (rear index), so setstate
 * can resume a table exactly where it was left (BSD/glibc layout). */
void __lstar_random_save(struct random_state *r)
{
	r->state[-1] = r->type ? 5 * (int32_t)(r->rptr - r->state) + r->type : 0;
}

static const struct { int deg, sep; } kinds[5] = {
	{ 0, 0 }, { 7, 3 }, { 15, 1 }, { 31, 3 }, { 63, 1 },
};

void __lstar_random_select(struct random_state *r, int32_t *state, int type)
{
	r->state = state;
	r->type = type;
	r->deg = kinds[type].deg;
	r->sep = kinds[type].sep;
	r->end = state + r->deg;
}

