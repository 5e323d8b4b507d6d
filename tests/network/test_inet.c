/* Byte order and address text: lstar_* against glibc over many inputs,
 * fixed lists plus every short string over a small alphabet. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "network_api.h"

static const char *const v4_texts[] = {
	"0.0.0.0", "127.0.0.1", "255.255.255.255", "1.2.3.4", "192.168.001.1", "01.2.3.4",
	"1.2.3", "1.2", "1", "", ".", "1.", ".1", "1..2.3", "1.2.3.4.", "1.2.3.4.5",
	"256.1.1.1", "1.2.3.256", "0x7f.0.0.1", "0x7f000001", "017700000001", "0X7F.1",
	"1.2.3.4 ", "1.2.3.4\t", "1.2.3.4 junk", "1.2.3.4x", " 1.2.3.4", "1.2.3.-4",
	"+1.2.3.4", "4294967295", "4294967296", "99999999999999999999", "0x", "0x1g",
	"08", "07", "0.0.0.08", "1.0xff.0xffff", "1.2.65535", "1.2.65536", "1.16777215",
	"1.16777216", "255.255.255.255 ", "0xffffffff", "00000000000000001", "1.2.3.4\n",
	"12.34.56.78", "0.0.0.0x", "1.2.3.4\v5", "9.9.9.9.", "1e3", "0377.0377.0377.0377",
	"0400.0.0.0", "x1", "X10.1", "0x10.0X20", "1.2.3.4\r",
};

static const char *const v6_texts[] = {
	"::", "::1", "1::", "1::2", ":::", ":1", "1:", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
	"1:2:3:4:5:6:7::8", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "1::2::3", "12345::",
	"00000::", "0000::", "ffff::", "FFFF::abcd", "fe80::1%eth0", "::ffff:1.2.3.4",
	"::1.2.3.4", "::ffff:01.2.3.4", "::ffff:1.2.3", "::ffff:1.2.3.4.5", "1.2.3.4",
	"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5::1.2.3.4",
	"::1.2.3.4:5", "::ffff:256.1.1.1", "2001:db8::ff00:42:8329",
	"2001:0db8:0000:0000:0000:ff00:0042:8329", "g::", "::g", " ::1", "::1 ",
	"1:2:3:4:5:6:7:", ":1:2:3:4:5:6:7", "::0:0:0:0:0:0:0", "0:0:0:0:0:0:0:0",
	"::abcd.1.2.3", "::1234.1.1.1", "1::1.2.3.4", "::.1.2.3", "", ":", "1", "1:2",
};

static void test_byte_order(void **state)
{
	(void)state;
	assert_int_equal(lstar_htons(0x1234), htons(0x1234));
	assert_int_equal(lstar_ntohs(0xfffe), ntohs(0xfffe));
	assert_int_equal(lstar_htonl(0x12345678), htonl(0x12345678));
	assert_int_equal(lstar_ntohl(0x80000001), ntohl(0x80000001));
	for (uint32_t v = 1; v; v <<= 1) {
		assert_int_equal(lstar_htonl(v), htonl(v));
		assert_int_equal(lstar_htons((uint16_t)v), htons((uint16_t)v));
	}
}

static void same_pton(int af, const char *s)
{
	unsigned char a[16] = { 0 }, b[16] = { 0 };
	int ra = lstar_inet_pton(af, s, a), rb = inet_pton(af, s, b);
	if (ra != rb || memcmp(a, b, 16) != 0)
		fail_msg("inet_pton(%d, \"%s\"): lstar %d, glibc %d", af, s, ra, rb);
}

static int long_digit_run(const char *s)
{
	for (size_t n; *s; s += n ? n : 1) {
		s += strspn(s, "0");
		if (!*s)
			break;
		if ((n = strspn(s, "0123456789abcdefABCDEF")) >= 9)
			return 1;
	}
	return 0;
}

static void same_aton(const char *s)
{
	struct in_addr a = { 0 }, b = { 0 };
	int ra = lstar_inet_aton(s, &a), rb = inet_aton(s, &b);
	if (ra != rb || a.s_addr != b.s_addr)
		fail_msg("inet_aton(\"%s\"): lstar %d %08x, glibc %d %08x", s, ra, a.s_addr, rb, b.s_addr);
	if (lstar_inet_addr(s) != inet_addr(s))
		fail_msg("inet_addr(\"%s\"): lstar %08x, glibc %08x", s, lstar_inet_addr(s), inet_addr(s));
	/* glibc's inet_network lets a part too large for 32 bits wrap
	 * ("4294967296" is 0); lstar refuses it (docs/network.md). */
	if (long_digit_run(s)) {
		if (lstar_inet_network(s) != INADDR_NONE)
			fail_msg("inet_network(\"%s\"): lstar %08x", s, lstar_inet_network(s));
	} else if (lstar_inet_network(s) != inet_network(s))
		fail_msg("inet_network(\"%s\"): lstar %08x, glibc %08x", s, lstar_inet_network(s),
			 inet_network(s));
}

static void test_pton_lists(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof v4_texts / sizeof *v4_texts; i++) {
		same_pton(AF_INET, v4_texts[i]);
		same_pton(AF_INET6, v4_texts[i]);
		same_aton(v4_texts[i]);
	}
	for (size_t i = 0; i < sizeof v6_texts / sizeof *v6_texts; i++) {
		same_pton(AF_INET6, v6_texts[i]);
		same_pton(AF_INET, v6_texts[i]);
		same_aton(v6_texts[i]);
	}
	unsigned char d[16];
	lstar_errno = 0;
	assert_int_equal(lstar_inet_pton(AF_UNIX, "1.2.3.4", d), -1);
	assert_int_equal(lstar_errno, EAFNOSUPPORT);
}

/* Every string of up to five characters over an alphabet that reaches the
 * parsers' corners: digits, hex, separators, a space. */
static void test_pton_exhaustive(void **state)
{
	(void)state;
	static const char alpha[] = "0179afx.: ";
	const int k = (int)sizeof alpha - 1;
	char s[8];
	for (int len = 0; len <= 5; len++) {
		int total = 1;
		for (int i = 0; i < len; i++)
			total *= k;
		for (int n = 0; n < total; n++) {
			int v = n;
			for (int i = 0; i < len; i++, v /= k)
				s[i] = alpha[v % k];
			s[len] = 0;
			same_pton(AF_INET, s);
			same_pton(AF_INET6, s);
			same_aton(s);
		}
	}
}

static void same_ntop(int af, const unsigned char *addr)
{
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
	const char *ra = lstar_inet_ntop(af, addr, a, sizeof a), *rb = inet_ntop(af, addr, b, sizeof b);
	assert_non_null(ra);
	assert_non_null(rb);
	assert_ptr_equal(ra, a);
	assert_string_equal(a, b);
	/* Text and back: the same address. */
	unsigned char back[16];
	assert_int_equal(lstar_inet_pton(af, a, back), 1);
	assert_memory_equal(back, addr, af == AF_INET ? 4 : 16);
	/* One byte short of the text fails with ENOSPC; exactly enough works. */
	size_t n = strlen(b);
	lstar_errno = 0;
	assert_null(lstar_inet_ntop(af, addr, a, (socklen_t)n));
	assert_int_equal(lstar_errno, ENOSPC);
	assert_non_null(lstar_inet_ntop(af, addr, a, (socklen_t)n + 1));
}

/* Every IPv6 address whose eight groups are each 0, 1, 0xffff or 0xab00:
 * all the zero-run shapes, ties, IPv4-mapped and -compatible forms. */
static void test_ntop6_shapes(void **state)
{
	(void)state;
	static const uint16_t groups[] = { 0, 1, 0xffff, 0xab00 };
	unsigned char addr[16];
	for (int n = 0; n < 1 << 16; n++) {
		for (int i = 0; i < 8; i++) {
			uint16_t g = groups[(n >> (2 * i)) & 3];
			addr[2 * i] = (unsigned char)(g >> 8);
			addr[2 * i + 1] = (unsigned char)g;
		}
		same_ntop(AF_INET6, addr);
	}
}

static void test_ntop_samples(void **state)
{
	(void)state;
	static const char *const v6[] = {
		"::", "::1", "::2", "::ffff:1.2.3.4", "::1.2.3.4", "::ffff:0:0", "::ffff:0.0.0.1",
		"::0.0.0.0.1", "1::", "1:0:0:1::", "1:0:1:0:1:0:1:0", "2001:db8::1", "fe80::1:2",
		"0:0:1::", "1:2:3:4:5:6:7:8", "::fffe:1.2.3.4", "::1:0:0:0", "1::1:0:0:1",
		"64:ff9b::192.0.2.33",
	};
	unsigned char addr[16];
	for (size_t i = 0; i < sizeof v6 / sizeof *v6; i++)
		if (inet_pton(AF_INET6, v6[i], addr) == 1)
			same_ntop(AF_INET6, addr);
	/* IPv4: every value of one octet in each position. */
	for (int pos = 0; pos < 4; pos++)
		for (int v = 0; v < 256; v++) {
			unsigned char b[4] = { 10, 200, 3, 40 };
			b[pos] = (unsigned char)v;
			same_ntop(AF_INET, b);
			struct in_addr ia;
			memcpy(&ia, b, 4);
			char g[INET_ADDRSTRLEN];
			strcpy(g, inet_ntoa(ia));
			assert_string_equal(lstar_inet_ntoa(ia), g);
		}
	char buf[64];
	lstar_errno = 0;
	assert_null(lstar_inet_ntop(AF_UNIX, addr, buf, sizeof buf));
	assert_int_equal(lstar_errno, EAFNOSUPPORT);
	assert_int_equal(memcmp(&lstar_in6addr_any, &in6addr_any, 16), 0);
	assert_int_equal(memcmp(&lstar_in6addr_loopback, &in6addr_loopback, 16), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_byte_order),
		cmocka_unit_test(test_pton_lists),
		cmocka_unit_test(test_pton_exhaustive),
		cmocka_unit_test(test_ntop_samples),
		cmocka_unit_test(test_ntop6_shapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
