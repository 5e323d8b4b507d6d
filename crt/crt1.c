/* crt1.o: the program entry.  _start (the arch's asm in crt_arch.h) passes
 * main and the kernel's initial stack pointer straight to
 * __lstar_start_main; naming main there is what pulls it into the link. */
#include "crt_arch.h"
