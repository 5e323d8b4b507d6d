#ifndef _LIBGEN_H
#define _LIBGEN_H
/*
 * POSIX dirname and basename; both may write a NUL into their argument.
 * As in glibc, basename here is the POSIX function __xpg_basename, and it
 * replaces the GNU basename that <string.h> declares under _GNU_SOURCE
 * (which never writes and returns "" for "dir/"), whichever header comes
 * first.  A program that includes neither links the GNU one, as with glibc.
 */
char *dirname(char *path);
char *__xpg_basename(char *path);
#define basename __xpg_basename
#endif
