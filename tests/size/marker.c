#include <unistd.h>

/* The first system call the program asks for is getppid: strace must show
 * nothing between execve and it. */
int main(void)
{
	getppid();
	return 0;
}
