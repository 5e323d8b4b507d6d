#define NDEBUG
#include <assert.h>

int main(void)
{
	int evaluated = 0;
	assert(evaluated++);	/* NDEBUG: neither checked nor evaluated */
	return evaluated;
}
