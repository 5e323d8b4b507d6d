#include <fcntl.h>
#include "stdio_impl.h"

FILE *__lstar_fdopen_flags(int fd, int oflags)
{
	FILE *f = __lstar_file_new();
	if (!f)
		return 0;
	f->fd = fd;
	if ((oflags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	else if ((oflags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (oflags & O_APPEND)
		f->flags |= F_APP;
	__lstar_ofl_add(f);
	return f;
}
