#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

/*
 * One pass over pattern and string with a single backtracking point, the
 * last '*': every other element matches exactly one character, so when
 * something fails after a star the only choice left is to let that star
 * take one more character (linear in practice, O(len(p) * len(s)) at
 * worst, never exponential).  Under FNM_PATHNAME a star cannot take a '/',
 * and a literal '/' has then matched a '/' that no earlier star could take
 * either, so failing to extend the last star ends the match.
 */

/* A malformed bracket expression (an unknown class name or a bad
 * collating symbol met before anything in it matched, or a bad "[=" after)
 * matches no character at all, negated or not, as in glibc. */
enum { BAD = -2 };

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

/* A '.' that only a '.' in the pattern may match. */
static int hidden_period(const char *str, const char *s, int flags)
{
	return *s == '.' && (flags & FNM_PERIOD) &&
		(s == str || ((flags & FNM_PATHNAME) && s[-1] == '/'));
}

/* "[:name:]" at p: 1 or 0 for c, BAD for an unknown name, -1 if this is
 * not a class at all (glibc: the name is letters a..y up to ":]"), in
 * which case the '[' is an ordinary member. */
static int class_at(const char **pp, int c)
{
	static const struct { char name[7]; int (*test)(int); } classes[] = {
		{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank },
		{ "cntrl", iscntrl }, { "digit", isdigit }, { "graph", isgraph },
		{ "lower", islower }, { "print", isprint }, { "punct", ispunct },
		{ "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
	};
	const char *name = *pp + 2, *e = name;
	while (*e >= 'a' && *e < 'z')
		e++;
	if (e[0] != ':' || e[1] != ']')
		return -1;
	*pp = e + 2;
	for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
		if (strlen(classes[i].name) == (size_t)(e - name) &&
		    !memcmp(classes[i].name, name, (size_t)(e - name)))
			return classes[i].test(c) != 0;
	return BAD;
}

/* A member that can bound a range: a byte (escaped or not), or a
 * collating symbol "[.c.]" (one character in the C locale; *sym set).
 * -1 at the end of the pattern, BAD for a malformed "[.". */
static int member(const char **pp, int flags, int *sym)
{
	const char *p = *pp;
	*sym = p[0] == '[' && p[1] == '.';
	if (*sym) {
		if (!p[2] || p[3] != '.' || p[4] != ']')
			return BAD;
		*pp = p + 5;
		return (unsigned char)p[2];
	}
	if (*p == '\\' && !(flags & FNM_NOESCAPE))
		p++;
	if (!*p)
		return -1;
	*pp = p + 1;
	return (unsigned char)*p;
}

/* One member of a bracket expression at *pp against c: 1, 0, BAD or -1
 * (unterminated).  FNM_CASEFOLD folds plain bytes and ranges of them;
 * like glibc, it leaves "[=c=]" and "[.c.]" exact. */
static int one(const char **pp, int c, int flags)
{
	const char *p = *pp;
	if (p[0] == '[' && p[1] == ':') {
		int r = class_at(&p, c);
		if (r != -1) {
			*pp = p;
			return r;
		}
	}
	if (p[0] == '[' && p[1] == '=' && p[2] && p[3] == '=' && p[4] == ']') {
		*pp = p + 5;
		return (unsigned char)p[2] == c;
	}
	int sym, fc = fold(c, flags);
	int lo = member(&p, flags, &sym);
	if (lo < 0)
		return lo;
	if (p[0] == '-' && p[1] && p[1] != ']') {
		const char *q = p + 1;
		int hi = member(&q, flags, &sym);
		if (hi < 0)
			return hi;
		*pp = q;
		return fold(lo, flags) <= fc && fc <= fold(hi, flags);
	}
	*pp = p;
	return sym ? lo == c : fold(lo, flags) == fc;
}

/* After a member matched: find the closing ']' as glibc's matcher skips
 * to it, which is stricter about "[=" and "[." than the members were. */
static int skip_rest(const char **pp, int flags)
{
	const char *p = *pp;
	for (;;) {
		char ch = *p++;
		if (!ch)
			return -1;
		if (ch == ']') {
			*pp = p;
			return 0;
		}
		if (ch == '\\' && !(flags & FNM_NOESCAPE)) {
			if (!*p)
				return -1;
			p++;
		} else if (ch == '[' && *p == ':') {
			const char *e = p + 1;
			while (*e >= 'a' && *e < 'z')
				e++;
			if (e[0] == ':' && e[1] == ']')
				p = e + 2;
		} else if (ch == '[' && *p == '=') {
			if (!p[1] || p[2] != '=' || p[3] != ']')
				return BAD;
			p += 4;
		} else if (ch == '[' && *p == '.') {
			const char *e = p + 1;
			while (*e && !(e[0] == '.' && e[1] == ']'))
				e++;
			if (!*e)
				return BAD;
			p = e + 2;
		}
	}
}

/*
 * The bracket expression after the '[' at *pp against c: 1 match, 0 no
 * match, BAD, or -1 when it is never closed (the '[' is then an ordinary
 * character).  *pp moves past the closing ']'.  Members are tried in
 * order up to the first that matches, then the rest is skipped: a
 * malformed member after a match is judged by the skip, as in glibc.
 */
static int bracket(const char **pp, int c, int flags)
{
	const char *p = *pp;
	int neg = *p == '!' || *p == '^';
	if (neg)
		p++;
	for (int first = 1;; first = 0) {
		if (!*p)
			return -1;
		if (*p == ']' && !first) {
			*pp = p + 1;
			return neg;
		}
		int r = one(&p, c, flags);
		if (r < 0)
			return r;
		if (r)
			break;
	}
	int r = skip_rest(&p, flags);
	if (r < 0)
		return r;
	*pp = p;
	return !neg;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	const char *p = pattern, *s = string;
	const char *star_p = NULL, *star_s = NULL;

	for (;;) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			if (hidden_period(string, s, flags))
				return FNM_NOMATCH;
			star_p = p;
			star_s = s;
			continue;
		}
		int ok;
		const char *next = p + 1;
		if (!*p) {
			ok = !*s || ((flags & FNM_LEADING_DIR) && *s == '/');
			if (ok)
				return 0;
		} else if (!*s) {
			return FNM_NOMATCH;
		} else if (*p == '?' || *p == '[') {
			ok = !(*s == '/' && (flags & FNM_PATHNAME)) && !hidden_period(string, s, flags);
			int r = *p == '[' ? bracket(&next, (unsigned char)*s, flags) : 1;
			if (r == -1) {	/* unclosed: a literal '[' */
				next = p + 1;
				r = *s == '[';
			}
			ok = ok && r == 1;
		} else {
			if (*p == '\\' && !(flags & FNM_NOESCAPE) && !*++p)
				return FNM_NOMATCH;	/* a trailing '\' matches nothing */
			next = p + 1;
			ok = fold((unsigned char)*p, flags) == fold((unsigned char)*s, flags);
		}
		if (ok) {
			p = next;
			s++;
			continue;
		}
		/* Let the last star take one more character, if it may. */
		if (!star_p || !*star_s || (*star_s == '/' && (flags & FNM_PATHNAME)))
			return FNM_NOMATCH;
		p = star_p;
		s = ++star_s;
	}
}
