#ifndef _SYS_UN_H
#define _SYS_UN_H
#include <sys/socket.h>

struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];
};

/* The length of an address whose path is a NUL-terminated string. */
#define SUN_LEN(p) (offsetof(struct sockaddr_un, sun_path) + __builtin_strlen((p)->sun_path))

#endif
