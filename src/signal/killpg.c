#include <signal.h>
#include <errno.h>
#include "syscall.h"

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return __syscall_ret(sys_kill(-pgrp, sig));
}
