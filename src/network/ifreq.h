/* The kernel's struct ifreq (40 bytes on x86_64), for the two interface
 * ioctls if_nametoindex and if_indextoname need; <net/if.h> does not
 * publish it. */
#ifndef LSTAR_NETWORK_IFREQ_H
#define LSTAR_NETWORK_IFREQ_H

#include <errno.h>
#include <net/if.h>
#include <sys/socket.h>
#include "syscall.h"

#define SIOCGIFNAME 0x8910
#define SIOCGIFINDEX 0x8933

struct __lstar_ifreq {
	char name[IF_NAMESIZE];
	union {
		int index;
		char pad[24];
	} u;
};

/* The ioctl needs some socket: a datagram UNIX one needs no network. */
static inline long __lstar_ifreq(unsigned long req, struct __lstar_ifreq *r)
{
	long fd = sys_socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (__syscall_is_error(fd))
		return fd;
	long ret = sys_ioctl((int)fd, req, (long)r);
	sys_close((int)fd);
	return ret;
}

#endif
