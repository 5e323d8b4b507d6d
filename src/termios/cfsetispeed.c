#include <errno.h>
#include "termios_impl.h"

/* Linux has one speed field: a nonzero input speed sets it (and so the
 * output speed too); 0 only records "same as output" (termios_impl.h). */
int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!__lstar_speed_ok(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ispeed = speed;
	if (speed == 0) {
		t->c_iflag |= __LSTAR_IBAUD0;
	} else {
		t->c_iflag &= ~__LSTAR_IBAUD0;
		t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	}
	return 0;
}
