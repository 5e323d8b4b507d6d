/* One printf longer than the formatter's chunk, with many newlines, then a
 * short one: on a line-buffered stream each call is one write. */
#include <stdio.h>

int main(void)
{
	printf("%s|%1500d|\n%s|%1500d|\n", "first\nsecond\nthird", 1, "fourth\nfifth", 2);
	printf("%d %s\n", 3, "last");
	return 0;
}
