#include "statvfs_impl.h"

int fstatvfs(int fd, struct statvfs *buf)
{
	struct statfs s;
	if (fstatfs(fd, &s))
		return -1;
	__lstar_statfs_to_statvfs(&s, buf);
	return 0;
}
