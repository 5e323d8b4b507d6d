#include <stdlib.h>
#include "tempname.h"

char *mkdtemp(char *tmpl)
{
	return __lstar_tempname(tmpl, 0, 0, TEMP_DIR) ? 0 : tmpl;
}
