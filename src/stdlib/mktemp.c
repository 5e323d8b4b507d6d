#include <stdlib.h>
#include "tempname.h"

/* On failure the template becomes the empty string, as POSIX said. */
char *mktemp(char *tmpl)
{
	if (__lstar_tempname(tmpl, 0, 0, TEMP_NAME))
		tmpl[0] = 0;
	return tmpl;
}
