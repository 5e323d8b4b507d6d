#include <search.h>

struct qelem {
	struct qelem *next, *prev;
};

/* prev NULL starts a linear list with elem alone (POSIX). */
void insque(void *elem, void *prev)
{
	struct qelem *e = elem, *p = prev;
	if (!p) {
		e->next = e->prev = 0;
		return;
	}
	e->next = p->next;
	e->prev = p;
	p->next = e;
	if (e->next)
		e->next->prev = e;
}
