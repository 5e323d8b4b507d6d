#include <unistd.h>
#include "dir_impl.h"

/* pos is a value telldir returned: the kernel's own offset cookie. */
void seekdir(DIR *d, long pos)
{
	lseek(d->fd, pos, SEEK_SET);
	d->pos = d->end = 0;
	d->tell = pos;
}
