#include <unistd.h>
#include <sys/mman.h>
#include "dir_impl.h"

int closedir(DIR *d)
{
	int r = close(d->fd);
	munmap(d, __LSTAR_DIR_SIZE);
	return r;
}
