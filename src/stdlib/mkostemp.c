#include <stdlib.h>
#include "tempname.h"

int mkostemp(char *tmpl, int flags)
{
	return __lstar_tempname(tmpl, 0, flags, TEMP_FILE);
}
