#include "hsearch_impl.h"

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *e;
	hsearch_r(item, action, &e, &__lstar_htab);
	return e;
}
