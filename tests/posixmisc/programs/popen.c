/* system, popen and pclose in a real static program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

int main(void)
{
	FILE *w = popen("wc -l | tr -d ' '| sed 's/^/lines /'", "w");
	if (!w)
		return 1;
	fputs("a\nb\nc\n", w);
	if (pclose(w) != 0)
		return 2;
	FILE *r = popen("echo hi; exit 7", "r");
	char line[64];
	if (!r || !fgets(line, sizeof line, r))
		return 3;
	printf("child said: %s", line);
	int st = pclose(r);
	printf("status %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	fflush(stdout);
	st = system("exit 5");
	printf("system %d\n", WEXITSTATUS(st));
	if (pclose(stdout) != -1)
		return 4;
	puts(system(NULL) ? "ok" : "no shell");
	return 0;
}
