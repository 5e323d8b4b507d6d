/* crt1.o: the program entry, _start (the arch's asm in crt_arch.h): it runs
 * the preinit and init arrays, main and exit; naming main there is what
 * pulls it into the link. */
#include "crt_arch.h"
#include "libc.h"

typedef void (*fini_fn)(void);

/* Provided by tools/lstar.ld, which every program is linked with. */
extern fini_fn const __fini_array_start[] __hidden;
extern fini_fn const __fini_array_end[] __hidden;

/* exit() calls this hook (libc.h).  It lives here because crt1.o is in
 * every static program and in nothing else: the kernel model's runner,
 * which starts programs without _start, keeps the weak default and leaves
 * the host's fini_array alone.  Destructors run in the reverse of
 * constructor order; the last to run are the streams' flushes
 * (.fini_array.00100 entries, sorted first). */
__attribute__((cold)) void __lstar_libc_fini(void)
{
	for (const fini_fn *f = __fini_array_end; f > __fini_array_start;)
		(*--f)();
}
