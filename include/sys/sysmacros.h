#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H
/* glibc's dev_t encoding: 12+20 bits of major, 8+24 bits of minor. */
#define major(d) ((unsigned)((((unsigned long)(d) >> 32) & 0xfffff000) | \
	(((unsigned long)(d) >> 8) & 0x00000fff)))
#define minor(d) ((unsigned)((((unsigned long)(d) >> 12) & 0xffffff00) | \
	((unsigned long)(d) & 0x000000ff)))
#define makedev(x, y) ((((unsigned long)(x) & 0xfffff000UL) << 32) | \
	(((unsigned long)(x) & 0x00000fffUL) << 8) | \
	(((unsigned long)(y) & 0xffffff00UL) << 12) | \
	((unsigned long)(y) & 0x000000ffUL))
#endif
