#include <errno.h>
#include "termios_impl.h"

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (!__lstar_speed_ok(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ospeed = speed;
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	return 0;
}
