#include <stdlib.h>
#include "env.h"

int clearenv(void)
{
	__environ = 0;
	return 0;
}
