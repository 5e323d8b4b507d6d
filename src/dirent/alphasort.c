#include <dirent.h>
#include <string.h>

/* strcoll is strcmp in the C locale, the only one lstar has. */
int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}
