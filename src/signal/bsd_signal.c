#include <signal.h>

sighandler_t bsd_signal(int sig, sighandler_t handler)
{
	return signal(sig, handler);
}
