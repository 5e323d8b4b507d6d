#ifndef LSTAR_PWD_IMPL_H
#define LSTAR_PWD_IMPL_H
/*
 * /etc/passwd and /etc/group, one line at a time.  A line is read with
 * getline into a growing buffer and parsed in place (fields become
 * NUL-terminated pieces of it); the _r functions then copy the entry into
 * the caller's buffer, the others return the parsed line itself, kept in a
 * static buffer until the next call.  The grammar is glibc's files
 * backend's, so both libraries read the same entries from the same file.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include "libc.h"

struct __lstar_pwline {
	char *line;
	size_t cap;
	struct passwd pw;
};

struct __lstar_grline {
	char *line;
	size_t cap;
	struct group gr;
	char **mem;		/* gr.gr_mem: grown as needed */
	size_t nmem;
};

/* The next entry of f in b: 1, or 0 at end of file, or -1 with errno set
 * on a read error.  Lines that do not parse are skipped. */
int __lstar_pwnext(FILE *f, struct __lstar_pwline *b) __hidden;
int __lstar_grnext(FILE *f, struct __lstar_grline *b) __hidden;

/* Copies an entry into buf: 0, or ERANGE if it does not fit. */
int __lstar_pwcopy(const struct passwd *src, struct passwd *dst, char *buf, size_t size) __hidden;
int __lstar_grcopy(const struct group *src, struct group *dst, char *buf, size_t size) __hidden;

/* Finds the entry with this name (if name) or id in /etc/passwd or
 * /etc/group: 1 found, 0 not found (also when the file does not exist),
 * -1 with errno set on an error. */
int __lstar_pwfind(const char *name, uid_t uid, struct __lstar_pwline *b) __hidden;
int __lstar_grfind(const char *name, gid_t gid, struct __lstar_grline *b) __hidden;

/* The static entry getpwnam/getpwuid/getpwent return (and the group
 * equivalent), and the stream getpwent reads. */
extern struct __lstar_pwline __lstar_pwstatic __hidden;
extern struct __lstar_grline __lstar_grstatic __hidden;

/* "+" and "-" entries are NIS compat markers: getpwent returns them, by
 * name or id lookups never match them (as glibc's files backend). */
static inline int __lstar_nis_marker(const char *name)
{
	return name[0] == '+' || name[0] == '-';
}

/* The _r functions' common tail from a lookup result. */
int __lstar_pw_r(int found, struct __lstar_pwline *b, struct passwd *pw,
	char *buf, size_t size, struct passwd **res) __hidden;
int __lstar_gr_r(int found, struct __lstar_grline *b, struct group *gr,
	char *buf, size_t size, struct group **res) __hidden;
#endif
