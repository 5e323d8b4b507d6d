/* Sizes and offsets of the structures programs share with the kernel or
 * expect from glibc.  Built with lstar-cc and with the host's cc; the two
 * outputs must be identical (tests/process/tools.py).  Including every
 * header here also checks they compile under -nostdinc. */
#define _GNU_SOURCE
#include <dirent.h>
#include <endian.h>
#include <byteswap.h>
#include <fcntl.h>
#include <features.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#define S(t) printf("sizeof(" #t ") = %zu\n", sizeof(t))
#define O(t, m) printf("offsetof(" #t ", " #m ") = %zu\n", offsetof(t, m))
#define V(x) printf(#x " = %ld\n", (long)(x))

int main(void)
{
	S(sigset_t); S(struct sigaction); O(struct sigaction, sa_mask);
	O(struct sigaction, sa_flags); O(struct sigaction, sa_restorer);
	S(siginfo_t); O(siginfo_t, si_pid); O(siginfo_t, si_uid); O(siginfo_t, si_status);
	O(siginfo_t, si_utime); O(siginfo_t, si_addr); O(siginfo_t, si_value);
	O(siginfo_t, si_band); O(siginfo_t, si_fd);
	S(stack_t); O(stack_t, ss_flags); O(stack_t, ss_size);
	S(jmp_buf); S(sigjmp_buf);
	S(struct tm); O(struct tm, tm_gmtoff); O(struct tm, tm_zone);
	S(struct timespec); S(struct timeval); S(struct itimerspec); S(struct itimerval);
	S(struct stat); O(struct stat, st_mode); O(struct stat, st_size); O(struct stat, st_mtim);
	S(struct statx); O(struct statx, stx_mode); O(struct statx, stx_size);
	O(struct statx, stx_mtime); O(struct statx, stx_dev_minor);
	S(struct dirent); O(struct dirent, d_off); O(struct dirent, d_reclen);
	O(struct dirent, d_type); O(struct dirent, d_name);
	S(struct flock); O(struct flock, l_start); O(struct flock, l_pid);
	S(struct rlimit); S(struct rusage); O(struct rusage, ru_maxrss); O(struct rusage, ru_nivcsw);
	S(struct pollfd); S(fd_set); S(cpu_set_t); S(struct sched_param);
	S(struct option); S(struct lconv); O(struct lconv, int_frac_digits);
	O(struct lconv, int_n_sign_posn);
	S(struct utsname); S(struct utimbuf); S(struct tms); S(struct iovec); S(struct winsize);
	V(SA_RESTART); V(SA_SIGINFO); V(SA_NODEFER); V(SA_RESETHAND); V(SA_ONSTACK);
	V(SIG_BLOCK); V(SIG_SETMASK); V(SIGRTMIN); V(SIGRTMAX); V(NSIG);
	V(CLD_EXITED); V(CLD_STOPPED); V(P_PID); V(WNOWAIT); V(WCONTINUED);
	V(CLOCKS_PER_SEC); V(CLOCK_MONOTONIC); V(CLOCK_BOOTTIME); V(TIMER_ABSTIME); V(TIME_UTC);
	V(_SC_PAGESIZE); V(_SC_CLK_TCK); V(_SC_OPEN_MAX); V(_SC_NPROCESSORS_ONLN); V(_SC_ARG_MAX);
	V(_SC_HOST_NAME_MAX); V(_PC_NAME_MAX); V(_PC_PIPE_BUF);
	V(LC_ALL); V(LC_CTYPE); V(LC_TIME); V(CODESET); V(D_T_FMT); V(ABMON_1);
	V(RLIMIT_NOFILE); V(RLIM_INFINITY); V(RUSAGE_CHILDREN); V(PRIO_USER);
	V(POLLIN); V(POLLRDHUP); V(FD_SETSIZE); V(CPU_SETSIZE);
	V(DT_DIR); V(DT_LNK); V(PR_SET_NAME); V(GRND_NONBLOCK); V(MS_BIND); V(MNT_DETACH);
	V(RB_POWER_OFF); V(F_OFD_SETLK); V(STATX_BASIC_STATS); V(UTIME_NOW); V(UTIME_OMIT);
	V(F_TLOCK); V(makedev(259, 70000)); V(major(makedev(259, 70000))); V(minor(makedev(259, 70000)));
	V(__BYTE_ORDER); V(bswap_32(0x11223344)); V(htobe16(0x1234));
	V(W_EXITCODE(3, 0)); V(WEXITSTATUS(W_EXITCODE(3, 0))); V(WIFSTOPPED(W_STOPCODE(19)));
	return 0;
}
