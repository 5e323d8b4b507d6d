/* The socket calls against the real kernel, built with lstar-cc: a TCP
 * server and client over loopback in one process, a descriptor passed with
 * SCM_RIGHTS over a socketpair, a UDP exchange, and the error paths.  Each
 * section prints one line; CHECK reports the failing line and exits 1. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>

#define CHECK(c) do { if (!(c)) { printf("%s:%d: check failed: %s (errno %d)\n", \
	__FILE__, __LINE__, #c, errno); fflush(stdout); _exit(1); } } while (0)
#define FAILS(call, err) do { errno = 0; CHECK((call) == -1); CHECK(errno == (err)); } while (0)

static struct sockaddr_in loopback(in_port_t port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port),
				 .sin_addr = { htonl(INADDR_LOOPBACK) } };
	return a;
}

/* A listening TCP socket on an ephemeral loopback port. */
static int tcp_listener(struct sockaddr_in *bound)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	CHECK(s >= 0);
	int one = 1;
	CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0);
	struct sockaddr_in a = loopback(0);
	CHECK(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
	CHECK(listen(s, 4) == 0);
	socklen_t len = sizeof *bound;
	CHECK(getsockname(s, (struct sockaddr *)bound, &len) == 0);
	CHECK(len == sizeof *bound && bound->sin_family == AF_INET && bound->sin_port != 0);
	return s;
}

static void tcp(void)
{
	struct sockaddr_in srv;
	int ls = tcp_listener(&srv);
	int type = 0;
	socklen_t tl = sizeof type;
	CHECK(getsockopt(ls, SOL_SOCKET, SO_TYPE, &type, &tl) == 0 && type == SOCK_STREAM);
	CHECK(getsockopt(ls, SOL_SOCKET, SO_ACCEPTCONN, &type, &tl) == 0 && type == 1);
	CHECK((fcntl(ls, F_GETFD) & FD_CLOEXEC) != 0);

	int c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(c >= 0);
	CHECK(connect(c, (struct sockaddr *)&srv, sizeof srv) == 0);
	int one = 1;
	CHECK(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0);
	struct sockaddr_in peer, local;
	socklen_t pl = sizeof peer, ll = sizeof local;
	int a = accept4(ls, (struct sockaddr *)&peer, &pl, SOCK_NONBLOCK);
	CHECK(a >= 0 && pl == sizeof peer);
	CHECK((fcntl(a, F_GETFL) & O_NONBLOCK) != 0);
	CHECK(getsockname(c, (struct sockaddr *)&local, &ll) == 0);
	CHECK(peer.sin_port == local.sin_port && peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	CHECK(getpeername(c, (struct sockaddr *)&peer, &pl) == 0 && peer.sin_port == srv.sin_port);

	char buf[64];
	FAILS(recv(a, buf, sizeof buf, 0), EAGAIN);
	CHECK(send(c, "ping", 4, 0) == 4);
	CHECK(recv(a, buf, 4, MSG_WAITALL) == 4 && memcmp(buf, "ping", 4) == 0);
	CHECK(send(a, "pong!", 5, MSG_NOSIGNAL) == 5);
	CHECK(recv(c, buf, 2, MSG_PEEK) == 2 && memcmp(buf, "po", 2) == 0);
	CHECK(recvfrom(c, buf, 5, MSG_WAITALL, NULL, NULL) == 5 && memcmp(buf, "pong!", 5) == 0);
	CHECK(shutdown(c, SHUT_WR) == 0);
	CHECK(recv(a, buf, sizeof buf, 0) == 0);
	FAILS(send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
	FAILS(shutdown(c, 7), EINVAL);

	/* A second client through plain accept. */
	int c2 = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(connect(c2, (struct sockaddr *)&srv, sizeof srv) == 0);
	int a2 = accept(ls, NULL, NULL);
	CHECK(a2 >= 0);
	CHECK(sendto(c2, "abc", 3, 0, NULL, 0) == 3);
	CHECK(read(a2, buf, sizeof buf) == 3);

	/* The port is taken while the listener lives. */
	int dup_s = socket(AF_INET, SOCK_STREAM, 0);
	FAILS(bind(dup_s, (struct sockaddr *)&srv, sizeof srv), EADDRINUSE);
	close(dup_s);
	close(a2); close(c2); close(a); close(c); close(ls);

	/* Nothing listens there now. */
	c = socket(AF_INET, SOCK_STREAM, 0);
	FAILS(connect(c, (struct sockaddr *)&srv, sizeof srv), ECONNREFUSED);
	close(c);
	printf("tcp ok\n");
}

static void pass_fd(void)
{
	int sv[2];
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	int p[2];
	CHECK(pipe(p) == 0);

	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } ctl;
	memset(&ctl, 0, sizeof ctl);
	struct iovec iov = { "fd", 2 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = ctl.b, .msg_controllen = sizeof ctl.b };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[0], sizeof(int));
	CHECK(sendmsg(sv[0], &m, 0) == 2);
	close(p[0]);

	char data[8];
	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } rctl;
	struct iovec riov = { data, sizeof data };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1,
			    .msg_control = rctl.b, .msg_controllen = sizeof rctl.b };
	CHECK(recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC) == 2 && memcmp(data, "fd", 2) == 0);
	CHECK((r.msg_flags & MSG_CTRUNC) == 0);
	struct cmsghdr *rc = CMSG_FIRSTHDR(&r);
	CHECK(rc && rc->cmsg_level == SOL_SOCKET && rc->cmsg_type == SCM_RIGHTS);
	CHECK(rc->cmsg_len == CMSG_LEN(sizeof(int)));
	CHECK(CMSG_NXTHDR(&r, rc) == NULL);
	int got;
	memcpy(&got, CMSG_DATA(rc), sizeof got);
	CHECK((fcntl(got, F_GETFD) & FD_CLOEXEC) != 0);
	/* The received descriptor is the pipe's read end. */
	CHECK(write(p[1], "through", 7) == 7);
	CHECK(read(got, data, sizeof data) == 7 && memcmp(data, "through", 7) == 0);

	struct ucred cr;
	socklen_t crl = sizeof cr;
	CHECK(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &crl) == 0);
	CHECK(crl == sizeof cr && cr.pid == getpid() && cr.uid == getuid());
	close(got); close(p[1]); close(sv[0]); close(sv[1]);
	printf("scm_rights ok\n");
}

static void udp(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0), c = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	CHECK(s >= 0 && c >= 0);
	struct sockaddr_in a = loopback(0), from;
	CHECK(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
	socklen_t len = sizeof a;
	CHECK(getsockname(s, (struct sockaddr *)&a, &len) == 0);
	CHECK(sendto(c, "datagram", 8, 0, (struct sockaddr *)&a, sizeof a) == 8);
	char buf[16];
	len = sizeof from;
	CHECK(recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &len) == 8);
	CHECK(memcmp(buf, "datagram", 8) == 0 && len == sizeof from);
	CHECK(sendto(s, "reply-longer", 12, 0, (struct sockaddr *)&from, len) == 12);
	/* A short buffer truncates a datagram and says so. */
	struct iovec iov = { buf, 5 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	CHECK(recvmsg(c, &m, 0) == 5 && (m.msg_flags & MSG_TRUNC) && memcmp(buf, "reply", 5) == 0);
	FAILS(recv(c, buf, sizeof buf, 0), EAGAIN);

	/* Batches: two datagrams out with one call, both in with one call. */
	struct iovec o[2] = { { "one", 3 }, { "three", 5 } };
	struct mmsghdr out[2] = {
		{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof a, .msg_iov = &o[0], .msg_iovlen = 1 } },
		{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof a, .msg_iov = &o[1], .msg_iovlen = 1 } },
	};
	CHECK(sendmmsg(c, out, 2, 0) == 2 && out[0].msg_len == 3 && out[1].msg_len == 5);
	char b1[8], b2[8];
	struct iovec i[2] = { { b1, sizeof b1 }, { b2, sizeof b2 } };
	struct mmsghdr in[2] = { { .msg_hdr = { .msg_iov = &i[0], .msg_iovlen = 1 } },
				 { .msg_hdr = { .msg_iov = &i[1], .msg_iovlen = 1 } } };
	CHECK(recvmmsg(s, in, 2, MSG_WAITALL, NULL) == 2);
	CHECK(in[0].msg_len == 3 && in[1].msg_len == 5 && memcmp(b2, "three", 5) == 0);
	close(s); close(c);
	printf("udp ok\n");
}

static void errors(void)
{
	struct sockaddr_in a = loopback(0);
	char buf[4];
	int one = 1;
	socklen_t len = sizeof a;
	int bad = 1000000;
	FAILS(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), EPROTONOSUPPORT);
	FAILS(socket(AF_MAX + 10, SOCK_STREAM, 0), EAFNOSUPPORT);
	FAILS(socket(AF_INET, 99, 0), EINVAL);
	FAILS(bind(bad, (struct sockaddr *)&a, sizeof a), EBADF);
	FAILS(listen(bad, 1), EBADF);
	FAILS(accept(bad, NULL, NULL), EBADF);
	FAILS(connect(bad, (struct sockaddr *)&a, sizeof a), EBADF);
	FAILS(send(bad, "x", 1, 0), EBADF);
	FAILS(recv(bad, buf, 1, 0), EBADF);
	FAILS(setsockopt(bad, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one), EBADF);
	FAILS(getsockname(bad, (struct sockaddr *)&a, &len), EBADF);
	FAILS(shutdown(bad, SHUT_RDWR), EBADF);
	int fds[2];
	CHECK(pipe(fds) == 0);
	FAILS(bind(fds[0], (struct sockaddr *)&a, sizeof a), ENOTSOCK);
	FAILS(getpeername(fds[0], (struct sockaddr *)&a, &len), ENOTSOCK);
	FAILS(recvfrom(fds[0], buf, 1, 0, NULL, NULL), ENOTSOCK);
	FAILS(sockatmark(fds[0]), ENOTTY);
	close(fds[0]); close(fds[1]);

	int s = socket(AF_INET, SOCK_STREAM, 0);
	FAILS(bind(s, (struct sockaddr *)&a, sizeof a - 1), EINVAL);
	FAILS(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 1), EINVAL);
	len = (socklen_t)-1;
	FAILS(getsockname(s, (struct sockaddr *)&a, &len), EINVAL);
	FAILS(accept(s, NULL, NULL), EINVAL);	/* not listening */
	FAILS(accept4(s, NULL, NULL, 12345), EINVAL);
	FAILS(getpeername(s, (struct sockaddr *)&a, &len), ENOTCONN);
	struct sockaddr_in6 six = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	FAILS(connect(s, (struct sockaddr *)&six, sizeof six), EAFNOSUPPORT);
	CHECK(sockatmark(s) == 0);
	close(s);
	FAILS(socketpair(AF_INET, SOCK_STREAM, 0, fds), EOPNOTSUPP);

	struct sockaddr_un un = { .sun_family = AF_UNIX };
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	FAILS(bind(s, (struct sockaddr *)&un, sizeof un + 1), EINVAL);
	FAILS(connect(s, (struct sockaddr *)&un, 1), EINVAL);
	close(s);
	printf("errors ok\n");
}

int main(void)
{
	/* A blocking call that never returns fails the test instead of hanging it. */
	alarm(20);
	tcp();
	pass_fd();
	udp();
	errors();
	return 0;
}
