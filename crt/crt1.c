/* crt1.o: the program entry.  _start (the arch's asm) hands the initial stack
 * pointer to _start_c, which names main so the link pulls it in. */
#include "crt_arch.h"

int main();
_Noreturn void __lstar_start_main(int (*)(), long *);

__attribute__((visibility("hidden"), used))
void _start_c(long *sp)
{
	__lstar_start_main(main, sp);
}
