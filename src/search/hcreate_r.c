#include <errno.h>
#include "hsearch_impl.h"

static int is_prime(unsigned n)
{
	for (unsigned d = 3; d <= n / d; d += 2)
		if (n % d == 0)
			return 0;
	return 1;
}

/* glibc's sizing: the first odd prime >= max(nel, 3); 0 (failure) when a
 * table already exists, as in glibc. */
int hcreate_r(size_t nel, struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return 0;
	}
	if (htab->table)
		return 0;
	if (nel < 3)
		nel = 3;
	for (nel |= 1; ; nel += 2) {
		if (nel > 0xfffffffdu) {
			errno = ENOMEM;
			return 0;
		}
		if (is_prime((unsigned)nel))
			break;
	}
	htab->table = calloc(nel + 1, sizeof *htab->table);
	if (!htab->table)
		return 0;
	htab->size = (unsigned)nel;
	htab->filled = 0;
	return 1;
}
