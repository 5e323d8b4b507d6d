#include <sys/reboot.h>
#include "syscall.h"

int reboot(int cmd)
{
	/* LINUX_REBOOT_MAGIC1 and MAGIC2: the kernel's guard against stray calls. */
	return __syscall_ret(sys_reboot((int)0xfee1dead, 672274793, cmd, 0));
}
