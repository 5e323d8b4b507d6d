#ifndef LSTAR_TERMIOS_IMPL_H
#define LSTAR_TERMIOS_IMPL_H
#include <termios.h>

/* What TCGETS/TCSETS exchange with the kernel on x86_64 (asm-generic
 * struct termios): no speed fields, 19 control characters. */
#define __LSTAR_KNCCS 19
struct __lstar_ktermios {
	tcflag_t c_iflag, c_oflag, c_cflag, c_lflag;
	cc_t c_line;
	cc_t c_cc[__LSTAR_KNCCS];
};

/*
 * cfsetispeed(t, 0) means "input speed = output speed", which the kernel's
 * single CBAUD field cannot say; glibc records it in this c_iflag bit, which
 * the kernel does not use and tcsetattr clears.  Kept for compatibility:
 * the same struct gives the same cfgetispeed with either library.
 */
#define __LSTAR_IBAUD0 020000000000u

/* A speed cfset*speed accepts: any code within CBAUD, as glibc (B57600
 * and up all lie inside it, CBAUDEX alone is the kernel's "BOTHER"). */
static inline int __lstar_speed_ok(speed_t s)
{
	return (s & ~(speed_t)CBAUD) == 0;
}
#endif
