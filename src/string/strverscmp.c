#define _GNU_SOURCE
#include <string.h>

static int is_digit(int c)
{
	return (unsigned)c - '0' < 10;
}

/* Both sides continue a number: the longer digit run is the larger
 * number; runs of equal length are decided by the first difference. */
static int by_length(const unsigned char *l, const unsigned char *r, int diff)
{
	while (is_digit(*++l))
		if (!is_digit(*++r))
			return 1;
	return is_digit(*++r) ? -1 : diff;
}

/*
 * GNU version order: as strcmp up to the first difference, where digits
 * change the rules.  Let run be the digits the two strings share just
 * before the difference:
 *   - no shared digits: two numbers that start here, neither with 0,
 *     compare by value; anything else by byte;
 *   - an integer run (first digit not 0): the side whose number goes on
 *     is larger, two continuing numbers compare by value;
 *   - a run of zeros only: leading zeros, and the side with more of them
 *     is smaller ("000" < "00" < "01" < "0");
 *   - a run that starts with 0 and has more: a fraction, compared by byte.
 * So "item9" < "item10" and "1.01" < "1.010" < "1.09" < "1.1".
 */
int strverscmp(const char *l0, const char *r0)
{
	const unsigned char *l = (const unsigned char *)l0, *r = (const unsigned char *)r0;
	size_t i = 0, run = 0;	/* the shared digit run is [run, i) */
	for (; l[i] == r[i]; i++) {
		if (!l[i])
			return 0;
		if (!is_digit(l[i]))
			run = i + 1;
	}
	int a = l[i], b = r[i], diff = a - b;
	int da = is_digit(a), db = is_digit(b);
	if (run == i)
		return da && db && a != '0' && b != '0' ? by_length(l + i, r + i, diff) : diff;
	if (l[run] != '0') {
		if (da && db)
			return by_length(l + i, r + i, diff);
		return da ? 1 : db ? -1 : diff;
	}
	while (run < i && l[run] == '0')
		run++;
	if (run < i || (da && db) || (!da && !db))
		return diff;
	return da ? -1 : 1;
}
