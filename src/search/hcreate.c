#include "hsearch_impl.h"

struct hsearch_data __lstar_htab;

int hcreate(size_t nel)
{
	return hcreate_r(nel, &__lstar_htab);
}
