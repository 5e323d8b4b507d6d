/* abort() with SIGABRT at its default action: the process dies by the
 * signal after the fewest system calls (src/exit/abort.c). */
#include <stdlib.h>

int main(void)
{
	abort();
}
