/*
 * A scratch directory for a hosted suite: created by the group setup,
 * removed with everything in it by the group teardown.  path(name) gives
 * "<dir>/<name>" in one of four rotating buffers, so a call may take two
 * or three paths at once (rename(path("a"), path("b"))).
 */
#ifndef LSTAR_TEST_SCRATCH_DIR_H
#define LSTAR_TEST_SCRATCH_DIR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char dir[64];

static int setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/lstar-test-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];
	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd);
}

static const char *path(const char *name)
{
	static char buf[4][128];
	static int i;
	i = (i + 1) % 4;
	snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
	return buf[i];
}

#endif
