#include "__lstar_field.h"
#include "pwd_impl.h"

/* name:passwd:uid:gid:gecos:dir:shell, missing trailing fields empty.  A
 * bare "+name"/"-name" (nss_compat) has only its name. */
static int parse(char *p, struct passwd *pw)
{
	pw->pw_name = __lstar_field(&p);
	if (!*p && __lstar_nis_marker(pw->pw_name)) {
		pw->pw_passwd = pw->pw_gecos = pw->pw_dir = pw->pw_shell = NULL;
		pw->pw_uid = pw->pw_gid = 0;
		return 0;
	}
	int nis = __lstar_nis_marker(pw->pw_name);
	pw->pw_passwd = __lstar_field(&p);
	if (__lstar_id_field(&p, &pw->pw_uid, nis) || __lstar_id_field(&p, &pw->pw_gid, nis))
		return -1;
	pw->pw_gecos = __lstar_field(&p);
	pw->pw_dir = __lstar_field(&p);
	pw->pw_shell = p;
	return 0;
}

int __lstar_pwnext(FILE *f, struct __lstar_pwline *b)
{
	for (;;) {
		if (getline(&b->line, &b->cap, f) < 0)
			return feof(f) && !ferror(f) ? 0 : -1;
		char *p = __lstar_entry_start(b->line);
		if (p && !parse(p, &b->pw))
			return 1;
	}
}
