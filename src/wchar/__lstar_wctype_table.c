#include <wctype.h>
#include "libc.h"
#include "wctype_impl.h"

/* wctype_t is an index into this table plus one, so 0 stays "no class". */
const struct __lstar_wclass __lstar_wctype_table[12] = {
	{ "alnum", iswalnum }, { "alpha", iswalpha }, { "blank", iswblank },
	{ "cntrl", iswcntrl }, { "digit", iswdigit }, { "graph", iswgraph },
	{ "lower", iswlower }, { "print", iswprint }, { "punct", iswpunct },
	{ "space", iswspace }, { "upper", iswupper }, { "xdigit", iswxdigit },
};
