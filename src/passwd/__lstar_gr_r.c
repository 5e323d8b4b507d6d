#include <errno.h>
#include <stdlib.h>
#include "pwd_impl.h"

int __lstar_gr_r(int found, struct __lstar_grline *b, struct group *out,
	char *buf, size_t size, struct group **res)
{
	int r = found < 0 ? errno : found ? __lstar_grcopy(&b->gr, out, buf, size) : 0;
	*res = found > 0 && !r ? out : NULL;
	free(b->line);
	free(b->mem);
	return r;
}
