#ifndef LSTAR_STATVFS_IMPL_H
#define LSTAR_STATVFS_IMPL_H
#include <string.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>

/* statvfs from the kernel's statfs.  Kernels since 2.6.36 mark f_flags
 * valid (ST_VALID, 0x20) and fill it with the mount flags. */
static inline void __lstar_statfs_to_statvfs(const struct statfs *in, struct statvfs *out)
{
	memset(out, 0, sizeof *out);
	out->f_bsize = in->f_bsize;
	out->f_frsize = in->f_frsize ? in->f_frsize : in->f_bsize;
	out->f_blocks = in->f_blocks;
	out->f_bfree = in->f_bfree;
	out->f_bavail = in->f_bavail;
	out->f_files = in->f_files;
	out->f_ffree = in->f_ffree;
	out->f_favail = in->f_ffree;
	out->f_fsid = (unsigned)in->f_fsid.__val[0] | (unsigned long)(unsigned)in->f_fsid.__val[1] << 32;
	out->f_flag = in->f_flags & 0x20 ? (unsigned long)(in->f_flags & ~0x20L) : 0;
	out->f_namemax = in->f_namelen;
}
#endif
