#include <stdlib.h>
#include "tempname.h"

int mkstemps(char *tmpl, int suffixlen)
{
	return __lstar_tempname(tmpl, suffixlen, 0, TEMP_FILE);
}
