#include "statvfs_impl.h"

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct statfs s;
	if (statfs(path, &s))
		return -1;
	__lstar_statfs_to_statvfs(&s, buf);
	return 0;
}
