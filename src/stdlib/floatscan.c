/*
 * Correctly rounded string to binary floating point, for every input.
 *
 * Decimal input d1 d2 ... dn x 10^E is converted exactly: the significant
 * digits become a big integer M (digits past MAX_DIGITS only record whether
 * any is non-zero, as a trailing 1 digit: enough because a halfway point
 * between two long doubles has at most ~11,520 significant digits).  Then
 *   E >= 0:  N = M * 10^E, and the top bits of N are the result;
 *   E <  0:  q = floor(M * 2^s / 5^-E) for an s that gives q 66..68 bits,
 * with the remainder as a sticky bit.  The binary value q * 2^e2 (+ sticky)
 * is rounded once, to nearest-even, in the target format, subnormals
 * included: there is no double rounding.  Hexadecimal input is already
 * binary and goes straight to the same rounding step.
 *
 * Big integers use static storage (about 26 KiB of .bss): strtod is not
 * async-signal-safe in any libc and lstar has no threads.
 */
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include "floatscan.h"

#define MAX_DIGITS 12000
#define LIMBS 1320	/* 42,240 bits: > (MAX_DIGITS + 1) * log2(10) + 200 */

/* Inputs beyond these cannot round to anything but infinity or zero in any
 * format lstar has (long double: max < 1.2e4932, min subnormal > 3.6e-4951). */
#define DEC_OVERFLOW 4934
#define DEC_UNDERFLOW (-4952)

struct big {
	int n;			/* limbs in use; w[n-1] != 0 unless n == 0 */
	uint32_t w[LIMBS];
};

static struct big M, A, B;

static void big_set(struct big *x, uint32_t v)
{
	x->n = v != 0;
	x->w[0] = v;
}

static void big_mul_add(struct big *x, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < x->n; i++) {
		uint64_t t = (uint64_t)x->w[i] * m + carry;
		x->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		x->w[x->n++] = (uint32_t)carry;
}

/* x *= m for a 64-bit m (the 128-bit product is one mul instruction). */
static void big_mul64(struct big *x, uint64_t m)
{
	unsigned __int128 carry = 0;
	for (int i = 0; i < x->n; i++) {
		unsigned __int128 t = (unsigned __int128)x->w[i] * m + carry;
		x->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	for (; carry; carry >>= 32)
		x->w[x->n++] = (uint32_t)carry;
}

/* x *= 10^k, or 5^k when five_only. */
static void big_mul_pow10(struct big *x, int k, int five_only)
{
	static const uint64_t p5[28] = {
		1ULL, 5ULL, 25ULL, 125ULL,
		625ULL, 3125ULL, 15625ULL, 78125ULL,
		390625ULL, 1953125ULL, 9765625ULL, 48828125ULL,
		244140625ULL, 1220703125ULL, 6103515625ULL, 30517578125ULL,
		152587890625ULL, 762939453125ULL, 3814697265625ULL, 19073486328125ULL,
		95367431640625ULL, 476837158203125ULL, 2384185791015625ULL, 11920928955078125ULL,
		59604644775390625ULL, 298023223876953125ULL, 1490116119384765625ULL, 7450580596923828125ULL,
	};
	if (five_only) {
		for (; k >= 27; k -= 27)
			big_mul64(x, p5[27]);
		big_mul64(x, p5[k]);
		return;
	}
	for (; k >= 19; k -= 19)
		big_mul64(x, 10000000000000000000ULL);
	uint64_t p = 1;
	while (k--)
		p *= 10;
	big_mul64(x, p);
}

static int big_bits(const struct big *x)
{
	return x->n ? 32 * (x->n - 1) + 32 - __builtin_clz(x->w[x->n - 1]) : 0;
}

/* dst = src << k (dst may not be src). */
static void big_shl(struct big *dst, const struct big *src, int k)
{
	int limbs = k / 32, bits = k % 32;
	if (!src->n) {
		dst->n = 0;
		return;
	}
	memset(dst->w, 0, limbs * sizeof dst->w[0]);
	uint32_t carry = 0;
	for (int i = 0; i < src->n; i++) {
		uint32_t v = src->w[i];
		dst->w[i + limbs] = bits ? (v << bits) | carry : v;
		carry = bits ? v >> (32 - bits) : 0;
	}
	dst->n = src->n + limbs;
	if (carry)
		dst->w[dst->n++] = carry;
}

/*
 * floor(u / v) for a quotient known to fit in 128 bits (Knuth's algorithm
 * D on 32-bit limbs, as in Hacker's Delight "divmnu").  *rest is set if
 * the remainder is non-zero.  u and v are left unchanged.
 */
static struct big U, V;

static unsigned __int128 big_div(const struct big *u, const struct big *v, int *rest)
{
	int n = v->n, m = u->n - n;
	unsigned __int128 q = 0;
	if (m < 0) {
		*rest = u->n != 0;
		return 0;
	}
	if (n == 1) {
		uint64_t r = 0;
		for (int i = u->n - 1; i >= 0; i--) {
			uint64_t cur = r << 32 | u->w[i];
			q = q << 32 | (cur / v->w[0]);
			r = cur % v->w[0];
		}
		*rest = r != 0;
		return q;
	}
	int sh = __builtin_clz(v->w[n - 1]);
	uint32_t *vn = V.w, *un = U.w;
	for (int i = n - 1; i > 0; i--)
		vn[i] = sh ? v->w[i] << sh | v->w[i - 1] >> (32 - sh) : v->w[i];
	vn[0] = v->w[0] << sh;
	un[u->n] = sh ? u->w[u->n - 1] >> (32 - sh) : 0;
	for (int i = u->n - 1; i > 0; i--)
		un[i] = sh ? u->w[i] << sh | u->w[i - 1] >> (32 - sh) : u->w[i];
	un[0] = u->w[0] << sh;

	for (int j = m; j >= 0; j--) {
		uint64_t num = (uint64_t)un[j + n] << 32 | un[j + n - 1];
		uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
		while (qhat >> 32 || qhat * vn[n - 2] > (rhat << 32 | un[j + n - 2])) {
			qhat--;
			rhat += vn[n - 1];
			if (rhat >> 32)
				break;
		}
		int64_t t, k = 0;
		for (int i = 0; i < n; i++) {
			uint64_t p = qhat * vn[i];
			t = (int64_t)un[i + j] - k - (int64_t)(p & 0xffffffff);
			un[i + j] = (uint32_t)t;
			k = (int64_t)(p >> 32) - (t >> 32);
		}
		t = (int64_t)un[j + n] - k;
		un[j + n] = (uint32_t)t;
		if (t < 0) {		/* qhat was one too big: add back */
			qhat--;
			uint64_t c = 0;
			for (int i = 0; i < n; i++) {
				uint64_t x = (uint64_t)un[i + j] + vn[i] + c;
				un[i + j] = (uint32_t)x;
				c = x >> 32;
			}
			un[j + n] += (uint32_t)c;
		}
		q = q << 32 | qhat;
	}
	*rest = 0;
	for (int i = 0; i < n; i++)
		if (un[i])
			*rest = 1;
	return q;
}

/* Bits k and up of x, as a number (the caller keeps it under 97 bits, so
 * the limbs holding them fit in 128);
 * *rest is set if any bit below k is non-zero. */
static unsigned __int128 big_top(const struct big *x, int k, int *rest)
{
	unsigned __int128 v = 0;
	for (int i = x->n - 1; i >= k / 32; i--)
		v = v << 32 | x->w[i];
	v >>= k % 32;
	for (int i = 0; i < k / 32; i++)
		if (x->w[i])
			*rest = 1;
	if (k % 32 && x->w[k / 32] & ((1u << (k % 32)) - 1))
		*rest = 1;
	return v;
}

/* ---- rounding ---- */

struct bin { unsigned __int128 q; int e2; int sticky; };	/* (q + sticky*eps) * 2^e2 */

static int bits128(unsigned __int128 q)
{
	uint64_t hi = (uint64_t)(q >> 64);
	return hi ? 128 - __builtin_clzll(hi) : q ? 64 - __builtin_clzll((uint64_t)q) : 0;
}

/* q with its low `drop` bits rounded off to nearest-even. */
static unsigned __int128 round_off(unsigned __int128 q, int drop, int sticky, int *inexact)
{
	if (drop <= 0) {
		*inexact = sticky;
		return q << -drop;
	}
	if (drop > 128) {
		*inexact = q || sticky;
		return 0;
	}
	unsigned __int128 kept = drop == 128 ? 0 : q >> drop;
	unsigned __int128 rem = drop == 128 ? q : q & (((unsigned __int128)1 << drop) - 1);
	unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
	*inexact = rem || sticky;
	if (rem > half || (rem == half && (sticky || (kept & 1))))
		kept++;
	return kept;
}

static void round_to(const struct bin *v, const struct float_format *f, struct float_result *r)
{
	int len = bits128(v->q);
	int lead = len - 1 + v->e2;	/* value in [2^lead, 2^(lead+1)) */
	int ulp = (lead < f->emin ? f->emin : lead) - f->p + 1;
	int inexact;
	unsigned __int128 m = round_off(v->q, ulp - v->e2, v->sticky, &inexact);
	if (bits128(m) > f->p) {	/* carried into a new bit */
		m >>= 1;
		ulp++;
	}
	r->kind = m ? FS_FINITE : FS_ZERO;
	r->mant = (uint64_t)m;
	r->exp = bits128(m) == f->p ? ulp + f->p - 1 : f->emin;
	if (r->kind == FS_FINITE && r->exp > f->emax) {
		r->kind = FS_INF;
		errno = ERANGE;
		return;
	}
	/* Tiny if, rounded to p bits with no exponent limit, it is below
	 * 2^emin (glibc's rule on x86: tininess after rounding). */
	if (inexact && lead < f->emin) {
		int dummy;
		unsigned __int128 u = round_off(v->q, len - f->p, v->sticky, &dummy);
		if (lead < f->emin - 1 || bits128(u) <= f->p)
			errno = ERANGE;
	}
}

/* ---- parsing ---- */

static int hexval(int c)
{
	if ((unsigned)(c - '0') < 10)
		return c - '0';
	if ((unsigned)((c | 32) - 'a') < 6)
		return (c | 32) - 'a' + 10;
	return -1;
}

static int prefix_ci(const char *s, const char *word)
{
	size_t i = 0;
	for (; word[i]; i++)
		if ((s[i] | 32) != word[i])
			return 0;
	return 1;
}

/* The exponent after e/E or p/P: returns the number of characters used (0
 * if no digits follow, which means the letter is not part of the number). */
static int scan_exp(const char *s, long *exp)
{
	const char *p = s + 1;
	int neg = 0;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (!isdigit((unsigned char)*p))
		return 0;
	long v = 0;
	for (; isdigit((unsigned char)*p); p++)
		if (v < 100000000)
			v = v * 10 + (*p - '0');
	*exp = neg ? -v : v;
	return p - s;
}

static const char *scan_hex(const char *p, const struct float_format *f, struct float_result *r)
{
	unsigned __int128 q = 0;
	long e2 = 0;
	int sticky = 0, any = 0, dot = 0;
	for (;; p++) {
		int d;
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if ((d = hexval((unsigned char)*p)) < 0)
			break;
		any = 1;
		if (q >> 120)
			sticky |= d != 0, e2 += !dot ? 4 : 0;
		else
			q = q << 4 | d, e2 -= dot ? 4 : 0;
	}
	(void)any;
	long pexp = 0;
	if ((*p | 32) == 'p')
		p += scan_exp(p, &pexp);
	if (!q) {
		r->kind = FS_ZERO;
		return p;
	}
	e2 += pexp;
	if (e2 > 100000)
		e2 = 100000;
	if (e2 < -100000)
		e2 = -100000;
	struct bin v = { q, (int)e2, sticky };
	round_to(&v, f, r);
	return p;
}

/* Digits go into M nine at a time: one pass over M per nine digits. */
struct digits { uint32_t chunk; int len; };

static void push_digit(struct digits *d, int v)
{
	d->chunk = d->chunk * 10 + v;
	if (++d->len == 9) {
		big_mul_add(&M, 1000000000, d->chunk);
		d->chunk = 0;
		d->len = 0;
	}
}

static void flush_digits(struct digits *d)
{
	static const uint32_t p10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
		10000000, 100000000 };
	if (d->len)
		big_mul_add(&M, p10[d->len], d->chunk);
	d->chunk = 0;
	d->len = 0;
}

/* M = significant digits, *dexp = power of ten to apply.  Returns the end. */
static const char *scan_dec(const char *p, long *dexp, int *ndig)
{
	long e = 0;
	int n = 0, dot = 0, zeros = 0, sticky = 0;
	struct digits acc = { 0, 0 };
	big_set(&M, 0);
	for (;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		int d = *p - '0';
		if (dot)
			e--;
		if (!n && !d)
			continue;		/* leading zero */
		if (!d) {
			zeros++;		/* held back: may be trailing */
			continue;
		}
		if (n + zeros + 1 > MAX_DIGITS) {
			sticky = 1;
			e += 1 + zeros;
			zeros = 0;
			continue;
		}
		for (; zeros; zeros--, n++)
			push_digit(&acc, 0);
		push_digit(&acc, d);
		n++;
	}
	e += zeros;
	if (sticky) {
		push_digit(&acc, 1);
		n++;
		e--;
	}
	flush_digits(&acc);
	*dexp = e;
	*ndig = n;
	return p;
}

static void convert_dec(long e, int ndig, const struct float_format *f, struct float_result *r)
{
	struct bin v = { 0, 0, 0 };
	if (ndig + e > DEC_OVERFLOW) {
		r->kind = FS_INF;
		errno = ERANGE;
		return;
	}
	if (ndig + e < DEC_UNDERFLOW) {
		r->kind = FS_ZERO;
		errno = ERANGE;
		return;
	}
	if (e >= 0) {
		big_mul_pow10(&M, (int)e, 0);
		int len = big_bits(&M);
		int k = len > 68 ? len - 68 : 0;
		v.q = big_top(&M, k, &v.sticky);
		v.e2 = k;
	} else {
		/* q = floor(M 2^s / 5^k), 2^-k the rest of 10^-k */
		int k = (int)-e;
		big_set(&A, 1);
		big_mul_pow10(&A, k, 1);
		int s = 68 + big_bits(&A) - big_bits(&M);
		struct big *num = &B, *den = &A;
		if (s >= 0) {
			big_shl(&B, &M, s);
		} else {
			big_shl(&B, &A, -s);
			num = &M;
			den = &B;
		}
		v.q = big_div(num, den, &v.sticky);
		v.e2 = -k - s;
	}
	round_to(&v, f, r);
}

static const char *scan_nan(const char *p, const struct float_format *f, struct float_result *r)
{
	r->kind = FS_NAN;
	r->mant = 0;
	if (*p != '(')
		return p;
	const char *q = p + 1;
	while (isalnum((unsigned char)*q) || *q == '_')
		q++;
	if (*q != ')')
		return p;
	/* glibc reads the n-char-sequence as a payload when it is a number
	 * (as strtoull in base 0 would), keeping the bits below the leading
	 * one; the quiet bit is set regardless. */
	const char *d = p + 1;
	uint64_t v = 0;
	int base = 10, ok = d < q;
	if (d[0] == '0' && (d[1] | 32) == 'x' && d + 2 < q)
		base = 16, d += 2;
	else if (d[0] == '0')
		base = 8;
	for (; ok && d < q; d++) {
		int x = hexval((unsigned char)*d);
		if (x < 0 || x >= base || v > (UINT64_MAX - x) / base)
			ok = 0;
		else
			v = v * base + x;
	}
	if (ok)
		r->mant = v & (((uint64_t)1 << (f->p - 1)) - 1);
	return q + 1;
}

void __lstar_floatscan(const char *s, char **end, const struct float_format *f,
	struct float_result *r)
{
	const char *p = s;
	r->kind = FS_ZERO;
	r->mant = 0;
	r->exp = 0;
	while (isspace((unsigned char)*p))
		p++;
	r->neg = 0;
	if (*p == '+' || *p == '-')
		r->neg = *p++ == '-';

	if (prefix_ci(p, "inf")) {
		p += prefix_ci(p, "infinity") ? 8 : 3;
		r->kind = FS_INF;
	} else if (prefix_ci(p, "nan")) {
		p = scan_nan(p + 3, f, r);
	} else if (p[0] == '0' && (p[1] | 32) == 'x' &&
		   (hexval((unsigned char)p[2]) >= 0 || (p[2] == '.' && hexval((unsigned char)p[3]) >= 0))) {
		p = scan_hex(p + 2, f, r);
	} else if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
		long e, x = 0;
		int ndig;
		p = scan_dec(p, &e, &ndig);
		if ((*p | 32) == 'e') {
			int used = scan_exp(p, &x);
			p += used;
		}
		e += x;
		if (ndig)
			convert_dec(e, ndig, f, r);
	} else {
		p = s;		/* no conversion */
		r->neg = 0;
	}
	if (end)
		*end = (char *)p;
}
