#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "netdb_impl.h"
#include "syscall.h"

int __lstar_lines_open(struct __lstar_lines *l, const char *path)
{
	long fd = sys_openat(__LSTAR_AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	if (__syscall_is_error(fd))
		return -1;
	l->fd = (int)fd;
	l->skipping = 0;
	l->start = l->end = 0;
	return 0;
}

void __lstar_lines_close(struct __lstar_lines *l)
{
	sys_close(l->fd);
}

/* Cut a line at its comment. */
static char *uncomment(char *s)
{
	char *hash = strchr(s, '#');
	if (hash)
		*hash = 0;
	return s;
}

char *__lstar_lines_next(struct __lstar_lines *l)
{
	for (;;) {
		char *line = l->buf + l->start;
		char *nl = memchr(line, '\n', l->end - l->start);
		if (nl) {
			*nl = 0;
			l->start = (size_t)(nl + 1 - l->buf);
			if (l->skipping) {
				l->skipping = 0;
				continue;
			}
			return uncomment(line);
		}
		memmove(l->buf, line, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
		if (l->end == sizeof l->buf - 1) {
			l->skipping = 1;	/* no newline in a full buffer */
			l->end = 0;
		}
		long n;
		do
			n = sys_read(l->fd, l->buf + l->end, sizeof l->buf - 1 - l->end);
		while (n == -EINTR);
		if (n <= 0) {
			/* A last line without a newline still counts. */
			if (l->end == 0 || l->skipping)
				return NULL;
			l->buf[l->end] = 0;
			l->start = l->end = 0;
			return uncomment(l->buf);
		}
		l->end += (size_t)n;
	}
}

char *__lstar_field(char **p)
{
	char *s = *p;
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	if (!*s)
		return NULL;
	char *f = s;
	while (*s && *s != ' ' && *s != '\t' && *s != '\r')
		s++;
	if (*s)
		*s++ = 0;
	*p = s;
	return f;
}
