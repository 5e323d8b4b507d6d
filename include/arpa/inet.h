/* <arpa/inet.h>: IPv4/IPv6 addresses to and from text. */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H
#include <netinet/in.h>

in_addr_t inet_addr(const char *s);
int inet_aton(const char *s, struct in_addr *a);
char *inet_ntoa(struct in_addr a);
in_addr_t inet_network(const char *s);
const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size);
int inet_pton(int af, const char *restrict src, void *restrict dst);

#endif
