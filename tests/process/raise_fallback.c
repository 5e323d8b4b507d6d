/*
 * raise on a kernel without PIDFD_SELF_THREAD: a seccomp filter makes
 * pidfd_send_signal fail with ENOSYS, as a pre-5.1 kernel would.  raise
 * must still run the handler before returning, through gettid + tkill,
 * and must not try pidfd_send_signal again (run.py pins the sequence).
 */
#include <signal.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct sock_filter { uint16_t code; uint8_t jt, jf; uint32_t k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };

#define BPF_LD_W_ABS 0x20	/* BPF_LD | BPF_W | BPF_ABS */
#define BPF_JEQ_K 0x15		/* BPF_JMP | BPF_JEQ | BPF_K */
#define BPF_RET_K 0x06		/* BPF_RET | BPF_K */
#define SECCOMP_RET_ERRNO 0x00050000u
#define SECCOMP_RET_ALLOW 0x7fff0000u
#define ENOSYS_ 38

static volatile sig_atomic_t got;

static void on_usr1(int sig)
{
	got += sig == SIGUSR1;
}

int main(void)
{
	struct sock_filter f[] = {
		{ BPF_LD_W_ABS, 0, 0, 0 },	/* seccomp_data.nr */
		{ BPF_JEQ_K, 0, 1, SYS_pidfd_send_signal },
		{ BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | ENOSYS_ },
		{ BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW },
	};
	struct sock_fprog prog = { 4, f };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || syscall(SYS_seccomp, 1 /* SET_MODE_FILTER */, 0, &prog))
		return 2;
	signal(SIGUSR1, on_usr1);
	if (raise(SIGUSR1) != 0 || got != 1)
		return 1;
	if (raise(SIGUSR1) != 0 || got != 2)
		return 1;
	write(1, "fallback\n", 9);
	return 0;
}
