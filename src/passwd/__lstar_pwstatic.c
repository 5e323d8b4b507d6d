#include "pwd_impl.h"

struct __lstar_pwline __lstar_pwstatic;
