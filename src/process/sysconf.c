#include <unistd.h>
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <sys/auxv.h>
#include <sys/resource.h>

/* A limit that is "unlimited" has no number: -1 with errno untouched. */
static long rlimit_value(int res)
{
	struct rlimit rl;
	if (getrlimit(res, &rl) || rl.rlim_cur == RLIM_INFINITY)
		return -1;
	return (long)rl.rlim_cur;
}

static long online_cpus(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set))
		return 1;
	return CPU_COUNT(&set);
}

/* Values the kernel gives through auxv cost no system call. */
static long from_auxv(unsigned long type, long fallback)
{
	unsigned long v = getauxval(type);
	return v ? (long)v : fallback;
}

long sysconf(int name)
{
	struct rlimit rl;

	switch (name) {
	case _SC_ARG_MAX:
		/* The kernel allows a quarter of the stack limit for argv+envp. */
		if (getrlimit(RLIMIT_STACK, &rl))
			return ARG_MAX;
		return rl.rlim_cur / 4 > ARG_MAX ? (long)(rl.rlim_cur / 4) : ARG_MAX;
	case _SC_CHILD_MAX: return rlimit_value(RLIMIT_NPROC);
	case _SC_CLK_TCK: return from_auxv(AT_CLKTCK, 100);
	case _SC_NGROUPS_MAX: return NGROUPS_MAX;
	case _SC_OPEN_MAX: return rlimit_value(RLIMIT_NOFILE);
	case _SC_STREAM_MAX: return 16;
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS: return 1;
	case _SC_VERSION: return _POSIX_VERSION;
	case _SC_PAGESIZE: return from_auxv(AT_PAGESZ, 4096);
	case _SC_RTSIG_MAX: return RTSIG_MAX;
	case _SC_LINE_MAX: return LINE_MAX;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_LOGIN_NAME_MAX: return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX: return TTY_NAME_MAX;
	case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
	/* Without /sys parsing, configured CPUs are reported as the ones this
	 * process may run on. */
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return online_cpus();
	}
	errno = EINVAL;
	return -1;
}
