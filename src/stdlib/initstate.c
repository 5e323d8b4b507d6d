#include <stdlib.h>
#include <errno.h>
#include "random.h"

char *initstate(unsigned seed, char *buf, size_t n)
{
	struct random_state *r = &__lstar_random;
	if (n < 8) {
		errno = EINVAL;
		return 0;
	}
	if (!r->end && r->type)
		__lstar_srandom_state(r, 1);
	int32_t *old = r->state;
	__lstar_random_save(r);
	int type = n < 32 ? 0 : n < 64 ? 1 : n < 128 ? 2 : n < 256 ? 3 : 4;
	__lstar_random_select(r, (int32_t *)buf + 1, type);
	__lstar_srandom_state(r, seed);
	__lstar_random_save(r);
	return (char *)(old - 1);
}

