#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "pwd_impl.h"

/* The member pointer array first (aligned), then every string. */
int __lstar_grcopy(const struct group *src, struct group *dst, char *buf, size_t size)
{
	size_t n = 0, strings = strlen(src->gr_name) + 1;
	if (src->gr_passwd)
		strings += strlen(src->gr_passwd) + 1;
	for (; src->gr_mem[n]; n++)
		strings += strlen(src->gr_mem[n]) + 1;
	size_t pad = -(uintptr_t)buf & (_Alignof(char *) - 1);
	size_t array = (n + 1) * sizeof(char *);
	if (size < pad || size - pad < array || size - pad - array < strings)
		return ERANGE;
	char **mem = (char **)(void *)(buf + pad);
	char *p = buf + pad + array;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(src->gr_mem[i]) + 1;
		mem[i] = memcpy(p, src->gr_mem[i], len);
		p += len;
	}
	mem[n] = NULL;
	dst->gr_mem = mem;
	size_t len = strlen(src->gr_name) + 1;
	dst->gr_name = memcpy(p, src->gr_name, len);
	p += len;
	dst->gr_passwd = NULL;
	if (src->gr_passwd)
		dst->gr_passwd = memcpy(p, src->gr_passwd, strlen(src->gr_passwd) + 1);
	dst->gr_gid = src->gr_gid;
	return 0;
}
