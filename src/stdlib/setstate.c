#include <stdlib.h>
#include <errno.h>
#include "random.h"

char *setstate(char *buf)
{
	struct random_state *r = &__lstar_random;
	int32_t *s = (int32_t *)buf + 1;
	int type = s[-1] % 5, rear = s[-1] / 5;
	if (type < 0 || type > 4) {
		errno = EINVAL;
		return 0;
	}
	if (!r->end && r->type)
		__lstar_srandom_state(r, 1);
	int32_t *old = r->state;
	__lstar_random_save(r);
	__lstar_random_select(r, s, type);
	if (type) {
		r->rptr = s + rear;
		r->fptr = s + (rear + r->sep) % r->deg;
	}
	return (char *)(old - 1);
}
