/* The size probe for a program that formats without stdio streams. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%d %s\n", argc, argv[0] ? "ok" : "none");
	write(1, buf, n);
	return 0;
}
