#include <string.h>
#include "wctype_impl.h"

wctype_t wctype(const char *name)
{
	for (size_t i = 0; i < 12; i++)
		if (!strcmp(__lstar_wctype_table[i].name, name))
			return i + 1;
	return 0;
}
