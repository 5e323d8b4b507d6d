#include <unistd.h>
#include <time.h>

int usleep(useconds_t usec)
{
	struct timespec ts = { usec / 1000000, (long)(usec % 1000000) * 1000 };
	return nanosleep(&ts, 0);
}
