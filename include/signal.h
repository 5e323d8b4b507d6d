#ifndef _SIGNAL_H
#define _SIGNAL_H
#include <lstar/types.h>
#include <lstar/sigset.h>

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCLD SIGCHLD
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define SIGUNUSED SIGSYS
/* glibc keeps 32 and 33 for its threads; lstar matches it so programs
 * see the same real-time range. */
#define SIGRTMIN 34
#define SIGRTMAX 64
#define NSIG 65
#define _NSIG 65

typedef __lstar_sigset_t sigset_t;
typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);
typedef sighandler_t __sighandler_t;

#define SIG_ERR ((sighandler_t)-1)
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO 0x00000004
#define SA_RESTORER 0x04000000
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* The kernel's siginfo for x86_64: 128 bytes, the union at offset 16. */
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[28];
		struct {
			pid_t si_pid;
			uid_t si_uid;
			union {
				union sigval si_value;
				struct {
					int si_status;
					long si_utime;
					long si_stime;
				} __chld;
			} __u;
		} __kill;
		struct {
			int si_timerid;
			int si_overrun;
			union sigval si_value;
		} __timer;
		struct {
			void *si_addr;
			short si_addr_lsb;
		} __fault;
		struct {
			long si_band;
			int si_fd;
		} __poll;
		struct {
			void *si_call_addr;
			int si_syscall;
			unsigned si_arch;
		} __sys;
	} __si_fields;
} siginfo_t;

#define si_pid __si_fields.__kill.si_pid
#define si_uid __si_fields.__kill.si_uid
#define si_value __si_fields.__kill.__u.si_value
#define si_int si_value.sival_int
#define si_ptr si_value.sival_ptr
#define si_status __si_fields.__kill.__u.__chld.si_status
#define si_utime __si_fields.__kill.__u.__chld.si_utime
#define si_stime __si_fields.__kill.__u.__chld.si_stime
#define si_timerid __si_fields.__timer.si_timerid
#define si_overrun __si_fields.__timer.si_overrun
#define si_addr __si_fields.__fault.si_addr
#define si_addr_lsb __si_fields.__fault.si_addr_lsb
#define si_band __si_fields.__poll.si_band
#define si_fd __si_fields.__poll.si_fd
#define si_call_addr __si_fields.__sys.si_call_addr
#define si_syscall __si_fields.__sys.si_syscall
#define si_arch __si_fields.__sys.si_arch

#define SI_ASYNCNL (-60)
#define SI_TKILL (-6)
#define SI_SIGIO (-5)
#define SI_ASYNCIO (-4)
#define SI_MESGQ (-3)
#define SI_TIMER (-2)
#define SI_QUEUE (-1)
#define SI_USER 0
#define SI_KERNEL 0x80

#define ILL_ILLOPC 1
#define FPE_INTDIV 1
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define BUS_ADRALN 1
#define TRAP_BRKPT 1

#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6

/* glibc's layout of struct sigaction (x86_64). */
struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

typedef struct sigaltstack {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
sighandler_t signal(int sig, sighandler_t handler);
sighandler_t bsd_signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old);
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int sigsuspend(const sigset_t *mask);
int sigpending(sigset_t *set);
int sigaltstack(const stack_t *restrict ss, stack_t *restrict old);
int siginterrupt(int sig, int flag);
#endif
