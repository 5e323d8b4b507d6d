/* The socket ABI: sizes, offsets and constants printed by the same source
 * built with lstar-cc and with the host's cc and glibc; the two outputs must
 * be identical (tests/network/same_output.py).  Every constant lstar's
 * network headers define is listed, so a typo cannot hide. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>

#define S(t) printf("sizeof(" #t ") = %zu\n", sizeof(t))
#define A(t) printf("_Alignof(" #t ") = %zu\n", _Alignof(t))
#define O(t, m) printf("offsetof(" #t ", " #m ") = %zu\n", offsetof(t, m))
#define V(x) printf(#x " = %ld\n", (long)(x))

static void layouts(void)
{
	S(struct sockaddr); O(struct sockaddr, sa_data); S(sa_family_t); S(socklen_t);
	S(struct sockaddr_storage); A(struct sockaddr_storage); O(struct sockaddr_storage, ss_family);
	S(struct msghdr); O(struct msghdr, msg_namelen); O(struct msghdr, msg_iov);
	O(struct msghdr, msg_iovlen); O(struct msghdr, msg_control);
	O(struct msghdr, msg_controllen); O(struct msghdr, msg_flags);
	S(struct mmsghdr); O(struct mmsghdr, msg_len);
	S(struct cmsghdr); O(struct cmsghdr, cmsg_level); O(struct cmsghdr, cmsg_type);
	S(struct linger); O(struct linger, l_linger);
	S(struct ucred); O(struct ucred, uid); O(struct ucred, gid);
	S(struct sockaddr_in); O(struct sockaddr_in, sin_port); O(struct sockaddr_in, sin_addr);
	O(struct sockaddr_in, sin_zero);
	S(struct sockaddr_in6); O(struct sockaddr_in6, sin6_port); O(struct sockaddr_in6, sin6_flowinfo);
	O(struct sockaddr_in6, sin6_addr); O(struct sockaddr_in6, sin6_scope_id);
	S(struct in_addr); S(struct in6_addr); A(struct in6_addr); S(in_port_t); S(in_addr_t);
	S(struct ip_mreq); S(struct ip_mreqn); O(struct ip_mreqn, imr_ifindex);
	S(struct ip_mreq_source); S(struct in_pktinfo); O(struct in_pktinfo, ipi_addr);
	S(struct ipv6_mreq); O(struct ipv6_mreq, ipv6mr_interface);
	S(struct in6_pktinfo); O(struct in6_pktinfo, ipi6_ifindex);
	S(struct sockaddr_un); O(struct sockaddr_un, sun_path);
	S(struct addrinfo); O(struct addrinfo, ai_family); O(struct addrinfo, ai_socktype);
	O(struct addrinfo, ai_protocol); O(struct addrinfo, ai_addrlen); O(struct addrinfo, ai_addr);
	O(struct addrinfo, ai_canonname); O(struct addrinfo, ai_next);
}

/* The macros, applied to fixed inputs. */
static void macros(void)
{
	V(CMSG_ALIGN(1)); V(CMSG_ALIGN(8)); V(CMSG_ALIGN(13)); V(CMSG_SPACE(0)); V(CMSG_SPACE(4));
	V(CMSG_SPACE(12)); V(CMSG_LEN(0)); V(CMSG_LEN(4)); V(CMSG_LEN(12));
	union { struct cmsghdr h; char b[256]; } u;
	memset(&u, 0, sizeof u);
	struct msghdr m = { .msg_control = u.b, .msg_controllen = sizeof u.b };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	V(CMSG_DATA(c) - (unsigned char *)u.b);
	/* A chain of three headers, then one whose length leaves the buffer. */
	size_t lens[] = { CMSG_LEN(4), CMSG_LEN(20), CMSG_LEN(1), 1000 };
	for (int i = 0; i < 4 && c; i++) {
		c->cmsg_len = lens[i];
		c = CMSG_NXTHDR(&m, c);
		V(c ? (char *)c - u.b : -1);
	}
	m.msg_controllen = sizeof(struct cmsghdr) - 1;
	V(CMSG_FIRSTHDR(&m) != NULL);
	m.msg_controllen = CMSG_SPACE(4);
	((struct cmsghdr *)u.b)->cmsg_len = CMSG_LEN(4);
	V(CMSG_NXTHDR(&m, (struct cmsghdr *)u.b) != NULL);
	((struct cmsghdr *)u.b)->cmsg_len = 3;
	V(CMSG_NXTHDR(&m, (struct cmsghdr *)u.b) != NULL);

	/* ::, ::1, ff02::1, ff05::2, ff0e::1, ff01::1, ff08::1, fe80::1, fec0::1,
	 * ::ffff:1.2.3.4, ::1.2.3.4, ::0.0.0.1, 2001:db8::1 */
	static const unsigned char v6[][16] = {
		{ 0 }, { [15] = 1 }, { 0xff, 0x02, [15] = 1 }, { 0xff, 0x05, [15] = 2 },
		{ 0xff, 0x0e, [15] = 1 }, { 0xff, 0x01, [15] = 1 }, { 0xff, 0x08, [15] = 1 },
		{ 0xfe, 0x80, [15] = 1 }, { 0xfe, 0xc0, [15] = 1 },
		{ [10] = 0xff, 0xff, 1, 2, 3, 4 }, { [12] = 1, 2, 3, 4 }, { [15] = 1 },
		{ 0x20, 0x01, 0x0d, 0xb8, [15] = 1 },
	};
	for (size_t i = 0; i < sizeof v6 / sizeof *v6; i++) {
		struct in6_addr a;
		memcpy(&a, v6[i], 16);
		printf("%zu:%d%d%d%d%d%d%d%d%d%d%d%d%d\n", i, IN6_IS_ADDR_UNSPECIFIED(&a),
		       IN6_IS_ADDR_LOOPBACK(&a), IN6_IS_ADDR_MULTICAST(&a), IN6_IS_ADDR_LINKLOCAL(&a),
		       IN6_IS_ADDR_SITELOCAL(&a), IN6_IS_ADDR_V4MAPPED(&a), IN6_IS_ADDR_V4COMPAT(&a),
		       IN6_IS_ADDR_MC_NODELOCAL(&a), IN6_IS_ADDR_MC_LINKLOCAL(&a),
		       IN6_IS_ADDR_MC_SITELOCAL(&a), IN6_IS_ADDR_MC_ORGLOCAL(&a),
		       IN6_IS_ADDR_MC_GLOBAL(&a), IN6_ARE_ADDR_EQUAL(&a, &in6addr_loopback));
	}
	V(IN6_IS_ADDR_UNSPECIFIED(&in6addr_any)); V(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
	struct in6_addr any = IN6ADDR_ANY_INIT, lo = IN6ADDR_LOOPBACK_INIT;
	V(memcmp(&any, &in6addr_any, 16)); V(memcmp(&lo, &in6addr_loopback, 16));
	unsigned long ipv4[] = { 0x0a000001, 0x80000001, 0xc0a80001, 0xe0000001, 0xf0000001, 0xffffffff };
	for (size_t i = 0; i < sizeof ipv4 / sizeof *ipv4; i++)
		printf("%lx:%d%d%d%d%d%d\n", ipv4[i], IN_CLASSA(ipv4[i]), IN_CLASSB(ipv4[i]),
		       IN_CLASSC(ipv4[i]), IN_MULTICAST(ipv4[i]), IN_EXPERIMENTAL(ipv4[i]),
		       IN_BADCLASS(ipv4[i]));
	V(IN_CLASSA_NET); V(IN_CLASSA_HOST); V(IN_CLASSB_HOST); V(IN_CLASSC_HOST);
	struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "/tmp/x.sock" };
	V(SUN_LEN(&un));
	V(htons(0x1234)); V(htonl(0x12345678)); V(ntohs(0x3412)); V(ntohl(0x78563412));
}

static void constants(void)
{
	V(SOCK_STREAM); V(SOCK_DGRAM); V(SOCK_RAW); V(SOCK_RDM); V(SOCK_SEQPACKET); V(SOCK_DCCP); 
	V(SOCK_PACKET); V(SOCK_NONBLOCK); V(SOCK_CLOEXEC); V(PF_UNSPEC); V(PF_LOCAL); V(PF_UNIX); 
	V(PF_FILE); V(PF_INET); V(PF_AX25); V(PF_IPX); V(PF_APPLETALK); V(PF_NETROM); V(PF_BRIDGE); 
	V(PF_ATMPVC); V(PF_X25); V(PF_INET6); V(PF_ROSE); V(PF_DECnet); V(PF_NETBEUI); V(PF_SECURITY); 
	V(PF_KEY); V(PF_NETLINK); V(PF_ROUTE); V(PF_PACKET); V(PF_ASH); V(PF_ECONET); V(PF_ATMSVC); 
	V(PF_RDS); V(PF_SNA); V(PF_IRDA); V(PF_PPPOX); V(PF_WANPIPE); V(PF_LLC); V(PF_IB); V(PF_MPLS); 
	V(PF_CAN); V(PF_TIPC); V(PF_BLUETOOTH); V(PF_IUCV); V(PF_RXRPC); V(PF_ISDN); V(PF_PHONET); 
	V(PF_IEEE802154); V(PF_CAIF); V(PF_ALG); V(PF_NFC); V(PF_VSOCK); V(PF_KCM); V(PF_QIPCRTR); 
	V(PF_SMC); V(PF_XDP); V(PF_MCTP); V(PF_MAX); V(AF_UNSPEC); V(AF_LOCAL); V(AF_UNIX); V(AF_FILE); 
	V(AF_INET); V(AF_AX25); V(AF_IPX); V(AF_APPLETALK); V(AF_NETROM); V(AF_BRIDGE); V(AF_ATMPVC); 
	V(AF_X25); V(AF_INET6); V(AF_ROSE); V(AF_DECnet); V(AF_NETBEUI); V(AF_SECURITY); V(AF_KEY); 
	V(AF_NETLINK); V(AF_ROUTE); V(AF_PACKET); V(AF_ASH); V(AF_ECONET); V(AF_ATMSVC); V(AF_RDS); 
	V(AF_SNA); V(AF_IRDA); V(AF_PPPOX); V(AF_WANPIPE); V(AF_LLC); V(AF_IB); V(AF_MPLS); V(AF_CAN); 
	V(AF_TIPC); V(AF_BLUETOOTH); V(AF_IUCV); V(AF_RXRPC); V(AF_ISDN); V(AF_PHONET); 
	V(AF_IEEE802154); V(AF_CAIF); V(AF_ALG); V(AF_NFC); V(AF_VSOCK); V(AF_KCM); V(AF_QIPCRTR); 
	V(AF_SMC); V(AF_XDP); V(AF_MCTP); V(AF_MAX); V(SOL_SOCKET); V(SOL_RAW); V(SOL_DECNET); 
	V(SOL_X25); V(SOL_PACKET); V(SOL_ATM); V(SOL_AAL); V(SOL_IRDA); V(SOL_NETBEUI); V(SOL_LLC); 
	V(SOL_DCCP); V(SOL_NETLINK); V(SOL_TIPC); V(SOL_RXRPC); V(SOL_PPPOL2TP); V(SOL_BLUETOOTH); 
	V(SOL_PNPIPE); V(SOL_RDS); V(SOL_IUCV); V(SOL_CAIF); V(SOL_ALG); V(SOL_NFC); V(SOL_KCM); 
	V(SOL_TLS); V(SOL_XDP); V(SOMAXCONN); V(SO_DEBUG); V(SO_REUSEADDR); V(SO_TYPE); V(SO_ERROR); 
	V(SO_DONTROUTE); V(SO_BROADCAST); V(SO_SNDBUF); V(SO_RCVBUF); V(SO_KEEPALIVE); V(SO_OOBINLINE); 
	V(SO_NO_CHECK); V(SO_PRIORITY); V(SO_LINGER); V(SO_BSDCOMPAT); V(SO_REUSEPORT); V(SO_PASSCRED); 
	V(SO_PEERCRED); V(SO_RCVLOWAT); V(SO_SNDLOWAT); V(SO_RCVTIMEO); V(SO_SNDTIMEO); 
	V(SO_SECURITY_AUTHENTICATION); V(SO_SECURITY_ENCRYPTION_TRANSPORT); 
	V(SO_SECURITY_ENCRYPTION_NETWORK); V(SO_BINDTODEVICE); V(SO_ATTACH_FILTER); 
	V(SO_DETACH_FILTER); V(SO_GET_FILTER); V(SO_PEERNAME); V(SO_TIMESTAMP); V(SO_ACCEPTCONN); 
	V(SO_PEERSEC); V(SO_SNDBUFFORCE); V(SO_RCVBUFFORCE); V(SO_PASSSEC); V(SO_TIMESTAMPNS); 
	V(SO_MARK); V(SO_TIMESTAMPING); V(SO_PROTOCOL); V(SO_DOMAIN); V(SO_RXQ_OVFL); 
	V(SO_WIFI_STATUS); V(SO_PEEK_OFF); V(SO_NOFCS); V(SO_LOCK_FILTER); V(SO_SELECT_ERR_QUEUE); 
	V(SO_BUSY_POLL); V(SO_MAX_PACING_RATE); V(SO_BPF_EXTENSIONS); V(SO_INCOMING_CPU); 
	V(SO_ATTACH_BPF); V(SO_DETACH_BPF); V(SO_ATTACH_REUSEPORT_CBPF); V(SO_ATTACH_REUSEPORT_EBPF); 
	V(SO_CNX_ADVICE); V(SO_MEMINFO); V(SO_INCOMING_NAPI_ID); V(SO_COOKIE); V(SO_PEERGROUPS); 
	V(SO_ZEROCOPY); V(SO_TXTIME); V(SO_BINDTOIFINDEX); V(SCM_RIGHTS); V(SCM_CREDENTIALS); 
	V(SCM_TIMESTAMP); V(SCM_TIMESTAMPNS); V(SCM_TIMESTAMPING); V(MSG_OOB); V(MSG_PEEK); 
	V(MSG_DONTROUTE); V(MSG_TRYHARD); V(MSG_CTRUNC); V(MSG_PROXY); V(MSG_TRUNC); V(MSG_DONTWAIT); 
	V(MSG_EOR); V(MSG_WAITALL); V(MSG_FIN); V(MSG_SYN); V(MSG_CONFIRM); V(MSG_RST); 
	V(MSG_ERRQUEUE); V(MSG_NOSIGNAL); V(MSG_MORE); V(MSG_WAITFORONE); V(MSG_BATCH); 
	V(MSG_ZEROCOPY); V(MSG_FASTOPEN); V(MSG_CMSG_CLOEXEC); V(SHUT_RD); V(SHUT_WR); V(SHUT_RDWR); 
	V(INET_ADDRSTRLEN); V(INET6_ADDRSTRLEN); V(INADDR_ANY); V(INADDR_BROADCAST); V(INADDR_NONE); 
	V(INADDR_LOOPBACK); V(INADDR_DUMMY); V(INADDR_UNSPEC_GROUP); V(INADDR_ALLHOSTS_GROUP); 
	V(INADDR_ALLRTRS_GROUP); V(INADDR_ALLSNOOPERS_GROUP); V(INADDR_MAX_LOCAL_GROUP); 
	V(IN_LOOPBACKNET); V(IN_CLASSA_NET); V(IN_CLASSA_NSHIFT); V(IN_CLASSA_HOST); V(IN_CLASSA_MAX); 
	V(IN_CLASSB_NET); V(IN_CLASSB_NSHIFT); V(IN_CLASSB_HOST); V(IN_CLASSB_MAX); V(IN_CLASSC_NET); 
	V(IN_CLASSC_NSHIFT); V(IN_CLASSC_HOST); V(IPPROTO_IP); V(IPPROTO_ICMP); V(IPPROTO_IGMP); 
	V(IPPROTO_IPIP); V(IPPROTO_TCP); V(IPPROTO_EGP); V(IPPROTO_PUP); V(IPPROTO_UDP); 
	V(IPPROTO_IDP); V(IPPROTO_TP); V(IPPROTO_DCCP); V(IPPROTO_IPV6); V(IPPROTO_RSVP); 
	V(IPPROTO_GRE); V(IPPROTO_ESP); V(IPPROTO_AH); V(IPPROTO_MTP); V(IPPROTO_BEETPH); 
	V(IPPROTO_ENCAP); V(IPPROTO_PIM); V(IPPROTO_COMP); V(IPPROTO_SCTP); 
	V(IPPROTO_UDPLITE); V(IPPROTO_MPLS); V(IPPROTO_ETHERNET); V(IPPROTO_RAW); V(IPPROTO_MPTCP); 
	V(IPPROTO_MAX); V(IPPROTO_HOPOPTS); V(IPPROTO_ROUTING); V(IPPROTO_FRAGMENT); V(IPPROTO_ICMPV6); 
	V(IPPROTO_NONE); V(IPPROTO_DSTOPTS); V(IPPROTO_MH); V(IPPORT_RESERVED); V(SOL_IP); V(SOL_IPV6); 
	V(SOL_ICMPV6); V(IP_TOS); V(IP_TTL); V(IP_HDRINCL); V(IP_OPTIONS); V(IP_ROUTER_ALERT); 
	V(IP_RECVOPTS); V(IP_RETOPTS); V(IP_PKTINFO); V(IP_PKTOPTIONS); V(IP_MTU_DISCOVER); 
	V(IP_RECVERR); V(IP_RECVTTL); V(IP_RECVTOS); V(IP_MTU); V(IP_FREEBIND); V(IP_IPSEC_POLICY); 
	V(IP_XFRM_POLICY); V(IP_PASSSEC); V(IP_TRANSPARENT); V(IP_ORIGDSTADDR); V(IP_RECVORIGDSTADDR); 
	V(IP_MINTTL); V(IP_NODEFRAG); V(IP_CHECKSUM); V(IP_BIND_ADDRESS_NO_PORT); V(IP_RECVFRAGSIZE); 
	V(IP_MULTICAST_IF); V(IP_MULTICAST_TTL); V(IP_MULTICAST_LOOP); V(IP_ADD_MEMBERSHIP); 
	V(IP_DROP_MEMBERSHIP); V(IP_UNBLOCK_SOURCE); V(IP_BLOCK_SOURCE); V(IP_ADD_SOURCE_MEMBERSHIP); 
	V(IP_DROP_SOURCE_MEMBERSHIP); V(IP_MSFILTER); V(IP_MULTICAST_ALL); V(IP_UNICAST_IF); 
	V(IP_PMTUDISC_DONT); V(IP_PMTUDISC_WANT); V(IP_PMTUDISC_DO); V(IP_PMTUDISC_PROBE); 
	V(IP_DEFAULT_MULTICAST_TTL); V(IP_DEFAULT_MULTICAST_LOOP); V(IP_MAX_MEMBERSHIPS); 
	V(IPV6_ADDRFORM); V(IPV6_2292PKTINFO); V(IPV6_2292HOPOPTS); V(IPV6_2292DSTOPTS); 
	V(IPV6_2292RTHDR); V(IPV6_2292PKTOPTIONS); V(IPV6_CHECKSUM); V(IPV6_2292HOPLIMIT); 
	V(IPV6_NEXTHOP); V(IPV6_AUTHHDR); V(IPV6_UNICAST_HOPS); V(IPV6_MULTICAST_IF); 
	V(IPV6_MULTICAST_HOPS); V(IPV6_MULTICAST_LOOP); V(IPV6_JOIN_GROUP); V(IPV6_LEAVE_GROUP); 
	V(IPV6_ROUTER_ALERT); V(IPV6_MTU_DISCOVER); V(IPV6_MTU); V(IPV6_RECVERR); V(IPV6_V6ONLY); 
	V(IPV6_JOIN_ANYCAST); V(IPV6_LEAVE_ANYCAST); V(IPV6_MULTICAST_ALL); V(IPV6_IPSEC_POLICY); 
	V(IPV6_XFRM_POLICY); V(IPV6_HDRINCL); V(IPV6_RECVPKTINFO); V(IPV6_PKTINFO); 
	V(IPV6_RECVHOPLIMIT); V(IPV6_HOPLIMIT); V(IPV6_RECVHOPOPTS); V(IPV6_HOPOPTS); 
	V(IPV6_RTHDRDSTOPTS); V(IPV6_RECVRTHDR); V(IPV6_RTHDR); V(IPV6_RECVDSTOPTS); V(IPV6_DSTOPTS); 
	V(IPV6_RECVPATHMTU); V(IPV6_PATHMTU); V(IPV6_DONTFRAG); V(IPV6_RECVTCLASS); V(IPV6_TCLASS); 
	V(IPV6_ADD_MEMBERSHIP); V(IPV6_DROP_MEMBERSHIP); V(IPV6_RXHOPOPTS); V(IPV6_RXDSTOPTS); 
	V(IPV6_PMTUDISC_DONT); V(IPV6_PMTUDISC_WANT); V(IPV6_PMTUDISC_DO); V(IPV6_PMTUDISC_PROBE); 
	V(SOL_TCP); V(TCP_NODELAY); V(TCP_MAXSEG); V(TCP_CORK); V(TCP_KEEPIDLE); V(TCP_KEEPINTVL); 
	V(TCP_KEEPCNT); V(TCP_SYNCNT); V(TCP_LINGER2); V(TCP_DEFER_ACCEPT); V(TCP_WINDOW_CLAMP); 
	V(TCP_INFO); V(TCP_QUICKACK); V(TCP_CONGESTION); V(TCP_MD5SIG); V(TCP_COOKIE_TRANSACTIONS); 
	V(TCP_THIN_LINEAR_TIMEOUTS); V(TCP_THIN_DUPACK); V(TCP_USER_TIMEOUT); V(TCP_REPAIR); 
	V(TCP_REPAIR_QUEUE); V(TCP_QUEUE_SEQ); V(TCP_REPAIR_OPTIONS); V(TCP_FASTOPEN); 
	V(TCP_TIMESTAMP); V(TCP_NOTSENT_LOWAT); V(TCP_CC_INFO); V(TCP_SAVE_SYN); V(TCP_SAVED_SYN); 
	V(TCP_REPAIR_WINDOW); V(TCP_FASTOPEN_CONNECT); V(TCP_ULP); V(TCP_MD5SIG_EXT); 
	V(TCP_FASTOPEN_KEY); V(TCP_FASTOPEN_NO_COOKIE); V(TCP_ZEROCOPY_RECEIVE); V(TCP_INQ); 
	V(TCP_CM_INQ); V(TCP_TX_DELAY); V(TCP_MSS); V(TCP_MAXWIN); V(TCP_MAX_WINSHIFT); V(AI_PASSIVE); 
	V(AI_CANONNAME); V(AI_NUMERICHOST); V(AI_V4MAPPED); V(AI_ALL); V(AI_ADDRCONFIG); V(AI_IDN); 
	V(AI_CANONIDN); V(AI_NUMERICSERV); V(EAI_BADFLAGS); V(EAI_NONAME); V(EAI_AGAIN); V(EAI_FAIL); 
	V(EAI_NODATA); V(EAI_FAMILY); V(EAI_SOCKTYPE); V(EAI_SERVICE); V(EAI_ADDRFAMILY); 
	V(EAI_MEMORY); V(EAI_SYSTEM); V(EAI_OVERFLOW); V(NI_MAXHOST); V(NI_MAXSERV); V(NI_NUMERICHOST); 
	V(NI_NUMERICSERV); V(NI_NOFQDN); V(NI_NAMEREQD); V(NI_DGRAM); V(IF_NAMESIZE); V(IFNAMSIZ);
}

int main(void)
{
	layouts();
	macros();
	constants();
	return 0;
}
