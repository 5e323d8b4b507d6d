#ifndef _PWD_H
#define _PWD_H
/* The user database, read from /etc/passwd (no NSS).  glibc's layout. */
#include <lstar/types.h>

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

struct _IO_FILE;

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **res);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **res);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
struct passwd *fgetpwent(struct _IO_FILE *f);
int fgetpwent_r(struct _IO_FILE *f, struct passwd *pw, char *buf, size_t size, struct passwd **res);
#endif
