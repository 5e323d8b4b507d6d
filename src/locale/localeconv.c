#include <locale.h>
#include <limits.h>

/* The C locale's values (C11 7.11.2.1): "." and empty strings, CHAR_MAX
 * for "not available". */
struct lconv *localeconv(void)
{
	static struct lconv c = {
		".", "", "", "", "", "", "", "", "", "",
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX,
	};
	return &c;
}
