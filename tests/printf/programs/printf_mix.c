/* printf through stdout: integers, strings, floats, padding, long output. */
#include <stdio.h>

int main(void)
{
	printf("%d %s %x %5.2f\n", 42, "str", 255, 3.14159);
	printf("[%-8d|%08.3f|%+.3e|%#o|%#X|%c]\n", -17, -2.5, 6.02214076e23, 8, 48879, 'z');
	printf("%.17g %.0f %g %a\n", 0.1, 2.5, 1e-5, 1.0);
	printf("%Lf %.30Le\n", 1.0L / 3, 2.0L / 3);
	printf("%.1000f\n", 1e300);
	for (int i = 0; i < 300; i++)
		printf("line %3d: %08x %-10s|%.2f\n", i, i * 2654435761u, i % 2 ? "odd" : "even", i / 7.0);
	int n = printf("%s", "");
	printf("%d %zu %lld\n", n, sizeof(long double), -9223372036854775807LL - 1);
	return 0;
}
