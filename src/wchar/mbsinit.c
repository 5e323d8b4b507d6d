#include <wchar.h>

/* Nothing is ever left in a state here, but a state a program filled in
 * itself is judged as glibc judges it. */
int mbsinit(const mbstate_t *ps)
{
	return !ps || !ps->__count;
}
