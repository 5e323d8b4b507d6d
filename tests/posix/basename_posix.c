/* <libgen.h> before <string.h> (_GNU_SOURCE): still the POSIX basename,
 * which strips trailing slashes in place. */
#define _GNU_SOURCE
#include <libgen.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	char a[] = "dir/", b[] = "/usr/lib", c[] = "//", d[] = "/usr/lib";
	printf("[%s] [%s] [%s] [%s]\n", basename(a), basename(b), basename(c), dirname(d));
	return 0;
}
