/*
 * The network functions under their hostified lstar_ names
 * (tools/hostify.py).  lstar's structures have glibc's layouts
 * (network-abi-vs-glibc checks them), so glibc's types are passed.
 */
#ifndef LSTAR_NETWORK_API_H
#define LSTAR_NETWORK_API_H

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

extern int lstar_errno;
extern const struct in6_addr lstar_in6addr_any, lstar_in6addr_loopback;

uint16_t lstar_htons(uint16_t x);
uint32_t lstar_htonl(uint32_t x);
uint16_t lstar_ntohs(uint16_t x);
uint32_t lstar_ntohl(uint32_t x);
int lstar_inet_pton(int af, const char *src, void *dst);
const char *lstar_inet_ntop(int af, const void *src, char *dst, socklen_t size);
int lstar_inet_aton(const char *s, struct in_addr *a);
in_addr_t lstar_inet_addr(const char *s);
char *lstar_inet_ntoa(struct in_addr a);
in_addr_t lstar_inet_network(const char *s);

int lstar_getaddrinfo(const char *node, const char *service,
		      const struct addrinfo *hints, struct addrinfo **res);
void lstar_freeaddrinfo(struct addrinfo *ai);
const char *lstar_gai_strerror(int err);
int lstar_getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, socklen_t hostlen,
		      char *serv, socklen_t servlen, int flags);

#endif
