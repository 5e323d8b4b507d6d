#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
/* __NR_* and SYS_* come from the generated table (tools/gen_syscalls.py). */
#include <lstar/syscall_nr.h>
#endif
