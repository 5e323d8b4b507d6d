#ifndef LSTAR_STRERROR_TABLE_H
#define LSTAR_STRERROR_TABLE_H
#define __LSTAR_NERR 134
/* NUL-separated messages indexed through the offset table; an empty message
 * marks a number Linux does not use. */
extern const char __lstar_errmsg[] __attribute__((visibility("hidden")));
extern const unsigned short __lstar_errmsg_off[__LSTAR_NERR]
	__attribute__((visibility("hidden")));

/* The message for e: from the table, or "Unknown error N" written into
 * tmp.  Sets *known to whether e has a message of its own. */
const char *__lstar_errstr(int e, char tmp[32], int *known)
	__attribute__((visibility("hidden")));
#endif
