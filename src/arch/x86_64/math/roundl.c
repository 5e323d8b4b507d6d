#include "ld80.h"

/* Half away from zero: a dropped fraction of at least one half steps away. */
long double roundl(long double x)
{
	long double t = truncl(x);
	if (fabsl(x - t) >= 0.5L)	/* exact: x - t is x's fraction */
		t += signbit(x) ? -1.0L : 1.0L;
	return t;
}
