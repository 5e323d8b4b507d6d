#include <sys/wait.h>
#include "popen_impl.h"

/* The child's wait status, or -1: ECHILD when f did not come from popen
 * (glibc's answer; the stream is then left open). */
int pclose(FILE *f)
{
	struct __lstar_popen **pp = &__lstar_popen_list, *p;
	while ((p = *pp) && p->f != f)
		pp = &p->next;
	if (!p) {
		errno = ECHILD;
		return -1;
	}
	*pp = p->next;
	pid_t pid = p->pid;
	free(p);
	fclose(f);
	int status;
	long r;
	while ((r = sys_wait4(pid, &status, 0, 0)) == -EINTR)
		;
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return status;
}
