#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"
#include "termios_impl.h"

int tcsetattr(int fd, int action, const struct termios *t)
{
	static const unsigned long req[] = {
		[TCSANOW] = TCSETS, [TCSADRAIN] = TCSETSW, [TCSAFLUSH] = TCSETSF,
	};
	if (action < TCSANOW || action > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	struct __lstar_ktermios k = {
		.c_iflag = t->c_iflag & ~__LSTAR_IBAUD0,
		.c_oflag = t->c_oflag,
		.c_cflag = t->c_cflag,
		.c_lflag = t->c_lflag,
		.c_line = t->c_line,
	};
	memcpy(k.c_cc, t->c_cc, __LSTAR_KNCCS);
	return __syscall_ret(sys_ioctl(fd, req[action], (long)&k));
}
