#include <errno.h>
#include <string.h>
#include "pwd_impl.h"

/* Appends s (NULL stays NULL) at *pos in buf; the sizes were checked. */
static char *put(const char *s, char *buf, size_t *pos)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *d = memcpy(buf + *pos, s, n);
	*pos += n;
	return d;
}

static size_t need(const char *s)
{
	return s ? strlen(s) + 1 : 0;
}

int __lstar_pwcopy(const struct passwd *src, struct passwd *dst, char *buf, size_t size)
{
	size_t total = need(src->pw_name) + need(src->pw_passwd) + need(src->pw_gecos) +
		need(src->pw_dir) + need(src->pw_shell), pos = 0;
	if (total > size)
		return ERANGE;
	dst->pw_uid = src->pw_uid;
	dst->pw_gid = src->pw_gid;
	dst->pw_name = put(src->pw_name, buf, &pos);
	dst->pw_passwd = put(src->pw_passwd, buf, &pos);
	dst->pw_gecos = put(src->pw_gecos, buf, &pos);
	dst->pw_dir = put(src->pw_dir, buf, &pos);
	dst->pw_shell = put(src->pw_shell, buf, &pos);
	return 0;
}
