/*
 * Built instead of scan_float.c while the library has no strtod (see
 * meson.build): without a correctly rounded conversion there is no float
 * scanning, and %f/%e/%g/%a items are reported as matching failures rather
 * than converted approximately.
 */
#include "format.h"

int __lstar_scan_float(struct __lstar_source *src, size_t *pos, size_t width,
		       int kind, void *dest)
{
	(void)src; (void)pos; (void)width; (void)kind; (void)dest;
	return 0;
}
