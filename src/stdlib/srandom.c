#include <stdlib.h>
#include "random.h"

void srandom(unsigned seed)
{
	__lstar_srandom_state(&__lstar_random, seed);
}
