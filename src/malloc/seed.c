#include "syscall.h"
#include "malloc_impl.h"

unsigned char __lstar_malloc_seed[SEED_SIZE] __attribute__((aligned(4096)));
