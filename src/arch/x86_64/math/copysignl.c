#include "ld80.h"

long double copysignl(long double x, long double y)
{
	union ld80 a = { x }, b = { y };
	a.i.se = (a.i.se & 0x7fff) | (b.i.se & 0x8000);
	return a.f;
}
