/* A small server and client over loopback in one process, as an ordinary
 * program would write them: getaddrinfo for a passive TCP address, bind to
 * an ephemeral port, connect, accept, one request and one reply.  The
 * output and the system calls are fixed (tests/network/meson.build). */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

static int die(const char *what)
{
	perror(what);
	return 1;
}

int main(void)
{
	struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM,
				  .ai_flags = AI_NUMERICHOST | AI_NUMERICSERV };
	struct addrinfo *ai;
	int e = getaddrinfo("127.0.0.1", "0", &hints, &ai);
	if (e) {
		fprintf(stderr, "getaddrinfo: %s\n", gai_strerror(e));
		return 1;
	}
	int srv = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
	if (srv < 0 || bind(srv, ai->ai_addr, ai->ai_addrlen) < 0 || listen(srv, 1) < 0)
		return die("server");
	freeaddrinfo(ai);

	struct sockaddr_in where;
	socklen_t len = sizeof where;
	if (getsockname(srv, (struct sockaddr *)&where, &len) < 0)
		return die("getsockname");
	int cli = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (cli < 0 || connect(cli, (struct sockaddr *)&where, len) < 0)
		return die("connect");
	int one = 1;
	setsockopt(cli, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	int conn = accept4(srv, NULL, NULL, SOCK_CLOEXEC);
	if (conn < 0)
		return die("accept");

	static const char req[] = "GET /hello";
	char buf[64];
	if (send(cli, req, sizeof req - 1, 0) != sizeof req - 1)
		return die("send");
	ssize_t n = recv(conn, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return die("recv");
	buf[n] = 0;
	char reply[80];
	int rl = snprintf(reply, sizeof reply, "200 %s", buf + 4);
	send(conn, reply, (size_t)rl, 0);
	shutdown(conn, SHUT_WR);
	n = recv(cli, buf, sizeof buf - 1, MSG_WAITALL);
	buf[n < 0 ? 0 : n] = 0;

	char host[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &where.sin_addr, host, sizeof host);
	printf("server %s listening, port %s\n", host, where.sin_port ? "ephemeral" : "zero");
	printf("client got \"%s\"\n", buf);
	close(conn);
	close(cli);
	close(srv);
	return 0;
}
