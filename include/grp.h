#ifndef _GRP_H
#define _GRP_H
/* The group database, read from /etc/group (no NSS).  glibc's layout. */
#include <lstar/types.h>

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct _IO_FILE;

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **res);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **res);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
struct group *fgetgrent(struct _IO_FILE *f);
int fgetgrent_r(struct _IO_FILE *f, struct group *gr, char *buf, size_t size, struct group **res);
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
int setgroups(size_t n, const gid_t *list);
int initgroups(const char *user, gid_t group);
#endif
