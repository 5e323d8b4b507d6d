#include <sys/mman.h>
#include "dir_impl.h"

DIR *__lstar_dir_new(int fd)
{
	DIR *d = mmap(0, __LSTAR_DIR_SIZE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (d == MAP_FAILED)
		return 0;
	d->fd = fd;
	d->pos = d->end = 0;
	d->tell = 0;
	return d;
}
