/* Process identity, time, signals, exit (kernel/sys.c, kernel/time/). */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include "kernel.h"

long sys_getpid(const struct pt_regs *regs) { (void)regs; return MODEL_PID; }
long sys_gettid(const struct pt_regs *regs) { (void)regs; return MODEL_PID; }
long sys_getppid(const struct pt_regs *regs) { (void)regs; return MODEL_PPID; }
long sys_getuid(const struct pt_regs *regs) { (void)regs; return MODEL_UID; }
long sys_geteuid(const struct pt_regs *regs) { (void)regs; return MODEL_UID; }
long sys_getgid(const struct pt_regs *regs) { (void)regs; return MODEL_GID; }
long sys_getegid(const struct pt_regs *regs) { (void)regs; return MODEL_GID; }
long sys_getpgrp(const struct pt_regs *regs) { (void)regs; return MODEL_PID; }
long sys_sched_yield(const struct pt_regs *regs) { (void)regs; return 0; }
long sys_set_tid_address(const struct pt_regs *regs) { (void)regs; return MODEL_PID; }

long sys_umask(const struct pt_regs *regs)
{
	mode_t old = current_model->umask;
	current_model->umask = (mode_t)regs->di & 0777;
	return old;
}

long sys_uname(const struct pt_regs *regs)
{
	struct utsname *u = (struct utsname *)regs->di;
	if (!u)
		return -EFAULT;
	memset(u, 0, sizeof *u);
	strcpy(u->sysname, "Linux");
	strcpy(u->nodename, "lstar-model");
	strcpy(u->release, "6.1.0-lstar-model");
	strcpy(u->version, "#1 SMP lstar kernel model");
	strcpy(u->machine, "x86_64");
	strcpy(u->domainname, "(none)");
	return 0;
}

/* The virtual clock: boot at 2026-01-01T00:00:00Z; every system call costs
 * a microsecond (see entry.c) and nanosleep advances it by the request. */
#define REALTIME_AT_BOOT 1767225600L

long sys_clock_gettime(const struct pt_regs *regs)
{
	struct timespec *ts = (struct timespec *)regs->si;
	long ns = current_model->clock_ns, sec;
	switch ((int)regs->di) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		sec = REALTIME_AT_BOOT + ns / 1000000000;
		break;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		sec = ns / 1000000000;
		break;
	default:
		return -EINVAL;
	}
	if (!ts)
		return -EFAULT;
	ts->tv_sec = sec;
	ts->tv_nsec = ns % 1000000000;
	return 0;
}

long sys_nanosleep(const struct pt_regs *regs)
{
	const struct timespec *req = (const struct timespec *)regs->di;
	if (!req)
		return -EFAULT;
	if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000)
		return -EINVAL;
	current_model->clock_ns += req->tv_sec * 1000000000 + req->tv_nsec;
	return 0;
}

/* Deterministic bytes: a fixed-seed xorshift, restarted by reset. */
long sys_getrandom(const struct pt_regs *regs)
{
	static const unsigned long seed = 0x9e3779b97f4a7c15UL;
	unsigned char *buf = (unsigned char *)regs->di;
	size_t n = regs->si;
	if (regs->dx & ~7UL)
		return -EINVAL;
	if (n && !buf)
		return -EFAULT;
	unsigned long x = seed ^ (unsigned long)current_model->clock_ns;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		buf[i] = (unsigned char)x;
	}
	return (long)n;
}

long sys_kill(const struct pt_regs *regs)
{
	int pid = (int)regs->di, sig = (int)regs->si;
	if (sig < 0 || sig > 64)
		return -EINVAL;
	if (pid != MODEL_PID && pid != 0 && pid != -1 && pid != -MODEL_PID)
		return -ESRCH;
	if (sig)
		__lstar_model_raise(sig);
	return 0;
}

long sys_tgkill(const struct pt_regs *regs)
{
	if ((int)regs->di != MODEL_PID || (int)regs->si != MODEL_PID)
		return -ESRCH;
	struct pt_regs k = { .di = MODEL_PID, .si = regs->dx };
	return sys_kill(&k);
}

long sys_tkill(const struct pt_regs *regs)
{
	if ((int)regs->di != MODEL_PID)
		return (int)regs->di <= 0 ? -EINVAL : -ESRCH;
	struct pt_regs k = { .di = MODEL_PID, .si = regs->si };
	return sys_kill(&k);
}

/* Only the "self" sentinels (PIDFD_SELF_THREAD, PIDFD_SELF_THREAD_GROUP):
 * the model has no pidfds, so any real descriptor is not one. */
long sys_pidfd_send_signal(const struct pt_regs *regs)
{
	int fd = (int)regs->di;
	if (regs->r10)
		return -EINVAL;
	if (fd != -10000 && fd != -10001)
		return -EBADF;
	struct pt_regs k = { .di = MODEL_PID, .si = regs->si };
	return sys_kill(&k);
}

/* lstar has no fork: no process ever has a child to wait for. */
long sys_wait4(const struct pt_regs *regs)
{
	(void)regs;
	return -ECHILD;
}

long sys_exit_group(const struct pt_regs *regs)
{
	__lstar_model_do_exit(((int)regs->di & 0xff) << 8);
}

/* One thread: exit ends the process as exit_group does. */
long sys_exit(const struct pt_regs *regs)
{
	__lstar_model_do_exit(((int)regs->di & 0xff) << 8);
}
