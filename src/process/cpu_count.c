#include <sched.h>

/* A plain loop: __builtin_popcountl would need libgcc's __popcountdi2. */
int __lstar_cpu_count(size_t size, const cpu_set_t *set)
{
	int n = 0;
	for (size_t i = 0; i < size / sizeof(unsigned long); i++)
		for (unsigned long w = set->__bits[i]; w; w &= w - 1)
			n++;
	return n;
}
