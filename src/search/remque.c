#include <search.h>

struct qelem {
	struct qelem *next, *prev;
};

void remque(void *elem)
{
	struct qelem *e = elem;
	if (e->next)
		e->next->prev = e->prev;
	if (e->prev)
		e->prev->next = e->next;
}
