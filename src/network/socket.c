#include <sys/socket.h>
#include "syscall.h"

int socket(int domain, int type, int protocol)
{
	return __syscall_ret(sys_socket(domain, type, protocol));
}
