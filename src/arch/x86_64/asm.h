/* Helpers for top-level asm in this folder: syscall numbers come from the
 * generated table and are pasted into asm text as literals. */
#ifndef LSTAR_ARCH_ASM_H
#define LSTAR_ARCH_ASM_H
#include <lstar/syscall_nr.h>
#define __LSTAR_STR1(x) #x
#define __LSTAR_STR(x) __LSTAR_STR1(x)
#endif
