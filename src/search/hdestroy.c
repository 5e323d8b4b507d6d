#include "hsearch_impl.h"

void hdestroy(void)
{
	hdestroy_r(&__lstar_htab);
}
