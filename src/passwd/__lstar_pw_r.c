#include <errno.h>
#include <stdlib.h>
#include "pwd_impl.h"

int __lstar_pw_r(int found, struct __lstar_pwline *b, struct passwd *out,
	char *buf, size_t size, struct passwd **res)
{
	int r = found < 0 ? errno : found ? __lstar_pwcopy(&b->pw, out, buf, size) : 0;
	*res = found > 0 && !r ? out : NULL;
	free(b->line);
	return r;
}
