#include <sys/socket.h>
#include "syscall.h"

int socketpair(int domain, int type, int protocol, int sv[2])
{
	return __syscall_ret(sys_socketpair(domain, type, protocol, sv));
}
