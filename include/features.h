#ifndef _FEATURES_H
#define _FEATURES_H
/* lstar exposes one namespace whatever the feature macros say; this header
 * exists for programs that include it to test for glibc-style macros. */
#define __LSTAR__ 1
#endif
