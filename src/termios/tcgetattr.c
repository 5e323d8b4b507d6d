#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"
#include "termios_impl.h"

int tcgetattr(int fd, struct termios *t)
{
	struct __lstar_ktermios k;
	long r = sys_ioctl(fd, TCGETS, (long)&k);
	if (r < 0)
		return __syscall_ret(r);
	t->c_iflag = k.c_iflag;
	t->c_oflag = k.c_oflag;
	t->c_cflag = k.c_cflag;
	t->c_lflag = k.c_lflag;
	t->c_line = k.c_line;
	memcpy(t->c_cc, k.c_cc, __LSTAR_KNCCS);
	memset(t->c_cc + __LSTAR_KNCCS, _POSIX_VDISABLE, NCCS - __LSTAR_KNCCS);
	t->c_ispeed = t->c_ospeed = k.c_cflag & CBAUD;
	return 0;
}
