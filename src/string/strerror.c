#include <string.h>
#include "strerror_table.h"

char *strerror(int e)
{
	static char buf[32];
	int known;
	return (char *)__lstar_errstr(e, buf, &known);
}
