/* State shared by random, srandom, initstate, setstate and rand. */
#ifndef LSTAR_RANDOM_H
#define LSTAR_RANDOM_H
#include <stdint.h>
#include "libc.h"

struct random_state {
	int32_t *state;	/* the words after the type/position word */
	int type, deg, sep;
	int32_t *fptr, *rptr, *end;
};

extern struct random_state __lstar_random __hidden;
void __lstar_srandom_state(struct random_state *r, unsigned seed) __hidden;
int32_t __lstar_random_step(struct random_state *r) __hidden;
/* Record the rear position in the word before the table (see random.c). */
void __lstar_random_save(struct random_state *r) __hidden;
/* Point r at the table state[] of the given type (0..4). */
void __lstar_random_select(struct random_state *r, int32_t *state, int type) __hidden;
#endif
