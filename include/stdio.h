#ifndef _STDIO_H
#define _STDIO_H
/* Placeholder until buffered stdio lands (issue 3). */
int rename(const char *old, const char *new_);
int renameat(int olddir, const char *old, int newdir, const char *new_);
#endif
