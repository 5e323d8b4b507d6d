#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

/* The kernel's struct termios and the two ioctls, kept private so getpass
 * needs no <termios.h>. */
struct kernel_termios {
	unsigned c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line, c_cc[19];
};
#define TCGETS 0x5401
#define TCSETSF 0x5404	/* set after draining output and flushing input */
#define ISIG 0000001
#define ECHO 0000010

/*
 * As glibc: prompt on and read from /dev/tty (stderr and stdin when there
 * is none), with echo and signal keys off while the line is typed; the
 * newline the user typed is echoed afterwards.  End of file or an error
 * gives "" (glibc too).  The line is kept without
 * its newline in a static buffer; characters past its size are read and
 * dropped (glibc's buffer grows; 255 is well past POSIX's PASS_MAX of 8).
 */
char *getpass(const char *prompt)
{
	static char buf[256];
	long fd = sys_openat(AT_FDCWD, "/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
	int in = fd >= 0 ? (int)fd : 0, out = fd >= 0 ? (int)fd : 2;
	struct kernel_termios saved, t;
	int quiet = sys_ioctl(in, TCGETS, (long)&saved) == 0;
	if (quiet) {
		t = saved;
		t.c_lflag &= ~(unsigned)(ECHO | ISIG);
		sys_ioctl(in, TCSETSF, (long)&t);
	}
	size_t plen = 0;
	while (prompt && prompt[plen])
		plen++;
	if (plen)
		sys_write(out, prompt, plen);
	size_t n = 0;
	char c = 0;
	long r;
	while ((r = sys_read(in, &c, 1)) == 1 || r == -EINTR) {
		if (r != 1)
			continue;
		if (c == '\n')
			break;
		if (n < sizeof buf - 1)
			buf[n++] = c;
	}
	buf[n] = 0;
	if (quiet) {
		sys_ioctl(in, TCSETSF, (long)&saved);
		if (r == 1)	/* the newline the user typed, as glibc */
			sys_write(out, "\n", 1);
	}
	if (fd >= 0)
		sys_close((int)fd);
	return buf;
}
