/* <string.h> alone under _GNU_SOURCE: the GNU basename ("" for "dir/",
 * argument never written, so a string literal is fine). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void)
{
	printf("[%s] [%s] [%s]\n", basename("dir/"), basename("/usr/lib"), basename("x"));
	return 0;
}
