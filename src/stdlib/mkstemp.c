#include <stdlib.h>
#include "tempname.h"

int mkstemp(char *tmpl)
{
	return __lstar_tempname(tmpl, 0, 0, TEMP_FILE);
}
