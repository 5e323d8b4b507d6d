#ifndef LSTAR_STRERROR_TABLE_H
#define LSTAR_STRERROR_TABLE_H
#define __LSTAR_NERR 134
/* NUL-separated messages indexed through the offset table; an empty message
 * marks a number Linux does not use. */
extern const char __lstar_errmsg[] __attribute__((visibility("hidden")));
extern const unsigned short __lstar_errmsg_off[__LSTAR_NERR]
	__attribute__((visibility("hidden")));
#endif
