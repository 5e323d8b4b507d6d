#include "libc.h"

size_t *__lstar_auxv;
