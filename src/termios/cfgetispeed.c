#include "termios_impl.h"

/* 0 after cfsetispeed(t, 0): "the same as the output speed". */
speed_t cfgetispeed(const struct termios *t)
{
	return t->c_iflag & __LSTAR_IBAUD0 ? 0 : t->c_cflag & CBAUD;
}
