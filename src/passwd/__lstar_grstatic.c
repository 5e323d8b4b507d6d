#include "pwd_impl.h"

struct __lstar_grline __lstar_grstatic;
