#include <locale.h>
#include <string.h>

/*
 * lstar has only the C locale.  Asking for "C", "POSIX" or the
 * environment's choice ("") selects it and returns "C"; a query (NULL)
 * returns "C"; any other name is refused with NULL, as glibc refuses a
 * locale it has no data for.
 */
char *setlocale(int category, const char *locale)
{
	static char c_name[] = "C";
	if (category < LC_CTYPE || category > LC_ALL)
		return 0;
	if (!locale || !*locale || !strcmp(locale, "C") || !strcmp(locale, "POSIX"))
		return c_name;
	return 0;
}
