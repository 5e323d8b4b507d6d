#ifndef LSTAR_WCHAR_IMPL_H
#define LSTAR_WCHAR_IMPL_H
#include <wchar.h>

/* The C locale's character set: one byte per character, 0..127 only. */
static inline int __lstar_c_char(unsigned long c)
{
	return c < 0x80;
}
#endif
