/* 5000 lines (175,000 bytes) on a pipe: the first line, the ioctl, then one
 * write per full 64 KiB buffer, the rest at exit. */
#include <stdio.h>

int main(void)
{
	char line[] = "line 0000 of the bulk output test.\n";
	for (int i = 0; i < 5000; i++) {
		line[5] = '0' + i / 1000;
		line[6] = '0' + i / 100 % 10;
		line[7] = '0' + i / 10 % 10;
		line[8] = '0' + i % 10;
		fputs(line, stdout);
	}
	return 0;
}
