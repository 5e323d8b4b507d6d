#include <errno.h>
#include "__lstar_field.h"
#include "pwd_impl.h"

/* Members: comma-separated, blanks before a name dropped, empty names
 * skipped; split in place into b->mem, which grows as needed. */
static int members(char *p, struct __lstar_grline *b)
{
	size_t n = 0;
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		if (!*p)
			break;
		char *name = p;
		while (*p && *p != ',')
			p++;
		if (*p)
			*p++ = '\0';
		if (!*name)
			continue;
		if (n + 1 >= b->nmem) {
			size_t cap = b->nmem ? 2 * b->nmem : 16;
			char **m = realloc(b->mem, cap * sizeof *m);
			if (!m)
				return -1;
			b->mem = m;
			b->nmem = cap;
		}
		b->mem[n++] = name;
	}
	if (!b->mem && !(b->mem = malloc(sizeof *b->mem)))
		return -1;
	b->mem[n] = NULL;
	b->gr.gr_mem = b->mem;
	return 0;
}

/* name:passwd:gid:members; a bare "+name"/"-name" has only its name. */
static int parse(char *p, struct __lstar_grline *b)
{
	struct group *gr = &b->gr;
	gr->gr_name = __lstar_field(&p);
	if (!*p && __lstar_nis_marker(gr->gr_name)) {
		gr->gr_passwd = NULL;
		gr->gr_gid = 0;
	} else {
		gr->gr_passwd = __lstar_field(&p);
		if (__lstar_id_field(&p, &gr->gr_gid, __lstar_nis_marker(gr->gr_name)))
			return 1;
	}
	return members(p, b);
}

int __lstar_grnext(FILE *f, struct __lstar_grline *b)
{
	for (;;) {
		if (getline(&b->line, &b->cap, f) < 0)
			return feof(f) && !ferror(f) ? 0 : -1;
		char *p = __lstar_entry_start(b->line);
		int r = p ? parse(p, b) : 1;
		if (r <= 0)
			return r ? -1 : 1;
	}
}
