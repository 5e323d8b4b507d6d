/*
 * Floating-point conversions for the printf family, exact for every double
 * and x87 long double.
 *
 * A finite value is m * 2^e2 with m < 2^64.  Its exact decimal expansion is
 * the integer N = m * 2^e2 (e2 >= 0) or N = m * 5^k scaled by 10^-k
 * (e2 = -k < 0), held in base-1e9 limbs.  Rounding to the requested digit
 * is done on N itself, half to even on the exact value (glibc's result in
 * the default rounding mode); the digits are then read out of the limbs.
 * The largest N is LDBL_TRUE_MIN's: 64 bits times 5^16445, 11,514 digits.
 */
#include <stdint.h>
#include <string.h>
#include "format.h"

#define BASE 1000000000u
#define MAX_LIMBS 1284

static const uint32_t p10[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

struct dec {
	int n;          /* limbs in use, least significant first */
	int D;          /* decimal digits of N */
	int k;          /* value = N * 10^-k */
	int E;          /* decimal exponent of the leading digit: D - 1 - k */
	uint32_t l[MAX_LIMBS];
};

/* t / 1e9 without a div instruction: exact for t < 2^63, and callers
 * stay below 1e9 * 2^32 < 2^62. */
static inline uint64_t div_base(uint64_t t)
{
	return (uint64_t)(((unsigned __int128)t * 0x112e0be826d694b3ull) >> 90);
}

static int mul_small(uint32_t *l, int n, uint32_t m)
{
	uint64_t carry = 0;
	for (int i = 0; i < n; i++) {
		uint64_t t = (uint64_t)l[i] * m + carry;
		carry = div_base(t);
		l[i] = t - carry * BASE;
	}
	while (carry) {
		uint64_t q = div_base(carry);
		l[n++] = carry - q * BASE;
		carry = q;
	}
	return n;
}

static void set_digits(struct dec *d)
{
	while (d->n > 1 && !d->l[d->n - 1])
		d->n--;
	uint32_t top = d->l[d->n - 1];
	int t = 1;
	while (t < 9 && top >= p10[t])
		t++;
	d->D = 9 * (d->n - 1) + t;
	d->E = d->D - 1 - d->k;
	if (d->n == 1 && !top)
		d->E = 0;       /* zero: one digit, "0" */
}

static void expand(struct dec *d, uint64_t m, int e2)
{
	d->k = 0;
	if (!m) {
		d->n = 1;
		d->l[0] = 0;
		set_digits(d);
		return;
	}
	int tz = __builtin_ctzll(m);
	m >>= tz;
	e2 += tz;
	d->l[0] = m % BASE;
	d->l[1] = m / BASE % BASE;
	d->l[2] = m / BASE / BASE;
	int n = 3;
	if (e2 >= 0) {
		for (; e2 >= 29; e2 -= 29)
			n = mul_small(d->l, n, 1u << 29);
		n = mul_small(d->l, n, 1u << e2);
	} else {
		int k = -e2;
		d->k = k;
		for (; k >= 13; k -= 13)
			n = mul_small(d->l, n, 1220703125u);    /* 5^13 */
		uint32_t r = 1;
		while (k--)
			r *= 5;
		n = mul_small(d->l, n, r);
	}
	d->n = n;
	set_digits(d);
}

/* Decimal digit at position j counted from the least significant (j >= 0). */
static int digit_at(const struct dec *d, int j)
{
	if (j / 9 >= d->n)
		return 0;
	return d->l[j / 9] / p10[j % 9] % 10;
}

/* Keep the P leading digits of N (P may be <= 0), rounding half to even. */
static void round_to(struct dec *d, long P)
{
	if (P >= d->D)
		return;
	if (P < 0) {
		d->n = 1;
		d->l[0] = 0;
		set_digits(d);
		return;
	}
	int j = d->D - P;       /* digits dropped, >= 1 */
	int r = digit_at(d, j - 1);
	int li = (j - 1) / 9;
	int sticky = d->l[li] % p10[(j - 1) % 9] != 0;
	for (int i = 0; i < li && !sticky; i++)
		sticky = d->l[i] != 0;
	int up = r > 5 || (r == 5 && (sticky || (digit_at(d, j) & 1)));

	li = j / 9;
	for (int i = 0; i < li && i < d->n; i++)
		d->l[i] = 0;
	if (li < d->n)
		d->l[li] -= d->l[li] % p10[j % 9];
	if (up) {
		while (d->n <= li)
			d->l[d->n++] = 0;
		uint32_t add = p10[j % 9];
		for (int i = li; add; i++) {
			if (i == d->n)
				d->l[d->n++] = 0;
			uint32_t t = d->l[i] + add;
			add = t >= BASE;
			d->l[i] = add ? t - BASE : t;
		}
	}
	set_digits(d);
}

/* cnt digits starting at index idx from the leading one (index 0); indices
 * outside the expansion read as 0. */
static void put_digits(struct __lstar_sink *s, const struct dec *d, long idx, long cnt)
{
	while (cnt > 0) {
		if (idx < 0 || idx >= d->D) {
			long z = idx < 0 && -idx < cnt ? -idx : cnt;
			__lstar_sink_pad(s, '0', z);
			idx += z;
			cnt -= z;
			continue;
		}
		int j = d->D - 1 - idx;
		int o = j % 9;
		uint32_t v = d->l[j / 9];
		char t[9];
		for (int q = 8; q >= 0; q--) {
			uint32_t v10 = (uint32_t)(((uint64_t)v * 0xCCCCCCCDu) >> 35);
			t[q] = '0' + (v - v10 * 10);
			v = v10;
		}
		long take = o + 1 < cnt ? o + 1 : cnt;
		__lstar_sink_put(s, t + 8 - o, take);
		idx += take;
		cnt -= take;
	}
}

/* %f style (e_style 0) or %e style, prec digits after the point, from a
 * value already rounded to what is shown. */
static void put_dec(struct __lstar_sink *s, const struct __lstar_spec *sp,
		    const char *sign, size_t ns, const struct dec *d, long prec, int e_style)
{
	char ebuf[8], *end = ebuf + sizeof ebuf, *p = end;
	long nint = 1;
	if (e_style) {
		p = __lstar_utoa(d->E < 0 ? -d->E : d->E, 10, "", end);
		if (end - p < 2)
			*--p = '0';
		*--p = d->E < 0 ? '-' : '+';
		*--p = sp->conv >= 'a' ? 'e' : 'E';
	} else if (d->E > 0) {
		nint = d->E + 1;
	}
	int point = prec > 0 || (sp->flags & F_ALT);
	size_t len = ns + nint + point + prec + (end - p);
	__lstar_pad_before(s, sp, len);
	__lstar_sink_put(s, sign, ns);
	__lstar_pad_zeros(s, sp, len);
	/* %f of a value below 1 starts at index E < 0: put_digits gives "0" */
	put_digits(s, d, e_style || d->E >= 0 ? 0 : d->E, nint);
	if (point)
		__lstar_sink_put(s, ".", 1);
	put_digits(s, d, e_style ? 1 : d->E + 1, prec);
	__lstar_sink_put(s, p, end - p);
	__lstar_pad_after(s, sp, len);
}

/* Index of the last nonzero digit among the first P (0 for zero). */
static long last_nonzero(const struct dec *d, long P)
{
	long i = (P < d->D ? P : d->D) - 1;
	for (; i > 0; i--)
		if (digit_at(d, d->D - 1 - i))
			break;
	return i;
}

/*
 * %f for values whose integer part fits 64 bits and whose fraction fits a
 * 128-bit fixed point (every double from about 2^-75 up to 2^64): the
 * integer part and the fraction are exact, each fraction digit comes from
 * one multiply by 10, and what remains of the fraction decides the
 * rounding exactly.  Returns 0 when the value or precision is outside that
 * range (the big-integer path takes it).
 */
static int fast_f(struct __lstar_sink *s, const struct __lstar_spec *sp,
		  const char *sign, size_t ns, uint64_t m, int e2, long prec)
{
	char buf[88], *end = buf + 24, *o = end;
	uint64_t ip = m, hi = 0, lo = 0;
	if (prec > (long)sizeof buf - 25)
		return 0;
	if (m) {
		int tz = __builtin_ctzll(m);
		m >>= tz;
		e2 += tz;
		if (e2 >= 0) {
			if (e2 > __builtin_clzll(m))
				return 0;
			ip = m << e2;
		} else {
			int k = -e2;
			if (k > 128)
				return 0;
			ip = k < 64 ? m >> k : 0;
			/* the fraction's bits, left-aligned in hi:lo (64-bit
			 * shifts only: no libgcc call for a 128-bit one) */
			int sh = 128 - k;
			if (sh >= 64) {
				hi = m << (sh - 64);
			} else if (sh) {
				hi = m >> (64 - sh);
				lo = m << sh;
			} else {
				lo = m;
			}
		}
	}
	*o++ = '.';
	for (long i = 0; i < prec; i++) {
		unsigned __int128 t = (unsigned __int128)lo * 10;
		lo = t;
		t = (unsigned __int128)hi * 10 + (uint64_t)(t >> 64);
		hi = t;
		*o++ = '0' + (int)(t >> 64);
	}
	/* above half, or exactly half and the last digit odd: round up */
	int odd = prec ? o[-1] & 1 : (int)(ip & 1);
	if (hi > 1ull << 63 || (hi == 1ull << 63 && (lo || odd))) {
		for (char *q = o;;) {
			if (--q == end) {
				ip++;   /* all nines: carry into the integer part */
				break;
			}
			if (*q != '9') {
				++*q;
				break;
			}
			*q = '0';
		}
	}
	char *p = __lstar_utoa(ip, 10, "", end);      /* base 10: no table */
	if (!prec && !(sp->flags & F_ALT))
		o--;    /* no point */
	struct __lstar_field f = { .pre = sign, .npre = ns, .body = p, .nbody = o - p };
	__lstar_put_field(s, sp, &f);
	return 1;
}

static void fmt_dec(struct __lstar_sink *s, const struct __lstar_spec *sp,
		    const char *sign, size_t ns, uint64_t m, int e2)
{
	struct dec d;
	if ((sp->conv | 32) == 'f' && fast_f(s, sp, sign, ns, m, e2, sp->prec < 0 ? 6 : sp->prec))
		return;
	expand(&d, m, e2);
	long prec = sp->prec < 0 ? 6 : sp->prec;
	switch (sp->conv | 32) {
	case 'f':
		round_to(&d, d.E + 1 + prec);
		put_dec(s, sp, sign, ns, &d, prec, 0);
		return;
	case 'e':
		round_to(&d, prec + 1);
		put_dec(s, sp, sign, ns, &d, prec, 1);
		return;
	}
	long P = prec ? prec : 1;
	int e_before = d.E;
	round_to(&d, P);
	int fstyle = P > d.E && d.E >= -4;
	prec = fstyle ? P - 1 - d.E : P - 1;
	/* glibc quirk, kept for byte-equal output: when rounding carries into
	 * a new digit and so moves the value from %f style to %e style
	 * (999.9999 with %#.3g), glibc keeps the %f style's fraction length,
	 * 0, printing "1.e+03" where C asks for "1.00e+03". */
	if (e_before == P - 1 && d.E == P)
		prec = 0;
	if (!(sp->flags & F_ALT)) {
		long L = last_nonzero(&d, P);
		long need = fstyle ? (L > d.E ? L - d.E : 0) : L;
		if (need < prec)
			prec = need;
	}
	put_dec(s, sp, sign, ns, &d, prec, !fstyle);
}

/*
 * %a.  v holds the leading hex digit in bits [4*nd, 4*nd+4) and nd fraction
 * digits below it: for double the lead is the implicit bit (0 or 1, glibc
 * prints subnormals as 0x0.xxxp-1022), for long double it is the top nibble
 * of the 64-bit significand (glibc: 0x8p-3 for 1.0L).
 */
static void fmt_hex(struct __lstar_sink *s, const struct __lstar_spec *sp,
		    const char *sign, size_t ns, uint64_t v, int nd, int ex)
{
	const char *xd = sp->conv == 'A' ? __lstar_xdigits + 18 : __lstar_xdigits;
	long prec = sp->prec;
	uint64_t frac = v & ((1ull << (4 * nd)) - 1);
	if (prec < 0)
		prec = frac ? nd - __builtin_ctzll(frac) / 4 : 0;
	int fd = prec < nd ? prec : nd;         /* fraction digits kept */
	if (prec < nd) {
		int drop = 4 * (nd - prec);
		uint64_t rem = v & ((1ull << drop) - 1), half = 1ull << (drop - 1);
		v >>= drop;
		if (rem > half || (rem == half && (v & 1)))
			v++;
	}
	unsigned lead = v >> (4 * fd);
	if ((sp->flags & F_LONGDBL) && lead >= 16) {
		lead = 1;       /* 0xf.f rounded up: glibc renormalizes to 0x1 */
		v = 0;
		ex += 4;
	}
	/* lead and fraction digits (zero-filled to fd + 1), then the point
	 * put in after the lead */
	char pre[3] = { sign[0], '0', xd[16] }, body[20], *bend = body + sizeof body;
	char *b = __lstar_utoa(v, 16, xd, bend);
	while (bend - b <= fd)
		*--b = '0';
	b[-1] = xd[lead];
	b[0] = '.';
	b--;
	size_t nbody = bend - b;
	if (!(prec > 0 || (sp->flags & F_ALT))) {
		b[1] = b[0];
		b++;
		nbody--;
	}
	char ebuf[8], *end = ebuf + sizeof ebuf;
	char *p = __lstar_utoa(ex < 0 ? -(unsigned)ex : (unsigned)ex, 10, xd, end);
	*--p = ex < 0 ? '-' : '+';
	*--p = xd[17];
	struct __lstar_field f = { .pre = pre + 1 - ns, .npre = ns + 2, .body = b,
		.nbody = nbody, .z2 = prec - fd, .suf = p, .nsuf = end - p };
	__lstar_put_field(s, sp, &f);
}

void __lstar_fmt_fp(struct __lstar_sink *s, long double x, struct __lstar_spec *sp)
{
	union {
		long double f;
		struct { uint64_t m; uint16_t se; } i;
	} u = { x };
	int ex = u.i.se & 0x7fff;
	uint64_t m = u.i.m;
	char sign[1] = { 0 };
	size_t ns = 1;
	if (u.i.se >> 15)
		sign[0] = '-';
	else if (sp->flags & F_PLUS)
		sign[0] = '+';
	else if (sp->flags & F_SPACE)
		sign[0] = ' ';
	else
		ns = 0;

	if (ex == 0x7fff) {
		int upper = !(sp->conv & 32);
		struct __lstar_field f = { .pre = sign, .npre = ns, .nbody = 3,
			.body = (m << 1) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf") };
		sp->flags &= ~F_ZERO;   /* the caller's copy, as put_int does */
		__lstar_put_field(s, sp, &f);
		return;
	}
	if ((sp->conv | 32) == 'a') {
		int e = ex - 16383;
		if (sp->flags & F_LONGDBL) {
			fmt_hex(s, sp, sign, ns, m, 15, ex ? e - 3 : (m ? -16385 : 0));
			return;
		}
		/* a double widened to long double: its 53 bits are the top of
		 * m; a double subnormal is shifted back to exponent -1022 */
		m >>= 11;
		if (!m)
			e = 0;
		else if (e < -1022) {
			m >>= -1022 - e;
			e = -1022;
		}
		fmt_hex(s, sp, sign, ns, m, 13, e);
		return;
	}
	fmt_dec(s, sp, sign, ns, m, ex ? ex - 16383 - 63 : -16445);
}
