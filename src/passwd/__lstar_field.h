#ifndef LSTAR_FIELD_H
#define LSTAR_FIELD_H
/* Field splitting shared by the passwd and group parsers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Skips leading blanks, cuts the newline; NULL for an empty line or a
 * comment, which the files are allowed to contain. */
static inline char *__lstar_entry_start(char *line)
{
	while (isspace((unsigned char)*line))
		line++;
	if (!*line || *line == '#')
		return NULL;
	char *nl = strchr(line, '\n');
	if (nl)
		*nl = '\0';
	return line;
}

/* The text up to the next ':' (or the end of the line), NUL-terminated;
 * *p moves past the colon.  A missing field is "". */
static inline char *__lstar_field(char **p)
{
	char *start = *p, *c = strchr(start, ':');
	if (c) {
		*c = '\0';
		*p = c + 1;
	} else {
		*p = start + strlen(start);
	}
	return start;
}

/* A decimal id field as glibc's strtoul-based one: digits (after optional
 * blanks and sign, as strtoul takes them) ended by ':' or the line's end.
 * With empty_ok (NIS markers) an empty field before a ':' is 0.  Returns
 * 0, or -1 for a line to skip. */
static inline int __lstar_id_field(char **p, unsigned *id, int empty_ok)
{
	char *end;
	if (!**p)
		return -1;
	unsigned long v = strtoul(*p, &end, 10);
	if (end == *p) {
		if (!empty_ok || *end != ':')
			return -1;
		v = 0;
	} else if ((*end && *end != ':') || v > 0xffffffffUL) {
		return -1;	/* as glibc: "-1" and 2^32 are not ids */
	}
	*id = (unsigned)v;
	*p = *end ? end + 1 : end;
	return 0;
}
#endif
