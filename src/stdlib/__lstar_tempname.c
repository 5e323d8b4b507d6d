#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/auxv.h>
#include "syscall.h"
#include "tempname.h"

/*
 * Six characters from 64 give 2^36 names.  The randomness comes from
 * getrandom (one syscall per attempt); where that is unavailable, from the
 * kernel's AT_RANDOM bytes stirred with a counter, which still gives each
 * attempt a different name.
 */
static unsigned long long entropy(void)
{
	static unsigned long long counter;
	unsigned long long r;
	if (sys_getrandom(&r, sizeof r, 1 /* GRND_NONBLOCK */) == sizeof r)
		return r;
	const unsigned long long *at = (const void *)getauxval(AT_RANDOM);
	r = (at ? at[0] ^ at[1] : 0) + ++counter * 0x9e3779b97f4a7c15ULL;
	r ^= r >> 31;
	r *= 0xbf58476d1ce4e5b9ULL;
	return r ^ (r >> 29);
}

static const char alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static int try_name(const char *path, int flags, int kind)
{
	long r;
	if (kind == TEMP_FILE)
		r = sys_openat(__LSTAR_AT_FDCWD, path, flags | O_RDWR | O_CREAT | O_EXCL, 0600);
	else if (kind == TEMP_DIR)
		r = sys_mkdirat(__LSTAR_AT_FDCWD, path, 0700);
	else {
		r = sys_faccessat(__LSTAR_AT_FDCWD, path, 0);
		r = r == -ENOENT ? 0 : __syscall_is_error(r) ? r : -EEXIST;
	}
	return (int)r;
}

int __lstar_tempname(char *tmpl, int suffixlen, int flags, int kind)
{
	size_t len = strlen(tmpl);
	if (suffixlen < 0 || len < 6 + (size_t)suffixlen ||
	    memcmp(tmpl + len - suffixlen - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	char *x = tmpl + len - suffixlen - 6;
	for (int attempt = 0; attempt < 10000; attempt++) {
		unsigned long long r = entropy();
		for (int i = 0; i < 6; i++, r >>= 6)
			x[i] = alphabet[r & 63];
		int got = try_name(tmpl, flags, kind);
		if (got != -EEXIST)
			return (int)__syscall_ret(got);
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return -1;
}
