#include <string.h>

/* glibc's wording, so that programs print the same text. */
static const char *const names[32] = {
	0,
	"Hangup",
	"Interrupt",
	"Quit",
	"Illegal instruction",
	"Trace/breakpoint trap",
	"Aborted",
	"Bus error",
	"Floating point exception",
	"Killed",
	"User defined signal 1",
	"Segmentation fault",
	"User defined signal 2",
	"Broken pipe",
	"Alarm clock",
	"Terminated",
	"Stack fault",
	"Child exited",
	"Continued",
	"Stopped (signal)",
	"Stopped",
	"Stopped (tty input)",
	"Stopped (tty output)",
	"Urgent I/O condition",
	"CPU time limit exceeded",
	"File size limit exceeded",
	"Virtual timer expired",
	"Profiling timer expired",
	"Window changed",
	"I/O possible",
	"Power failure",
	"Bad system call",
};

static char *with_number(char *buf, const char *prefix, int n)
{
	char num[12], *p = num + sizeof num;
	unsigned u = n < 0 ? -(unsigned)n : (unsigned)n;
	*--p = 0;
	do *--p = '0' + u % 10; while (u /= 10);
	if (n < 0)
		*--p = '-';
	strcpy(stpcpy(buf, prefix), p);
	return buf;
}

/* Real-time signals are numbered from SIGRTMIN (34: glibc keeps 32 and 33
 * for its threads, and lstar reports them the same way). */
char *strsignal(int sig)
{
	static char buf[40];
	if (sig > 0 && sig < 32)
		return (char *)names[sig];
	if (sig >= 34 && sig <= 64)
		return with_number(buf, "Real-time signal ", sig - 34);
	return with_number(buf, "Unknown signal ", sig);
}
