/* A 256-bit set of bytes for strspn, strcspn, strpbrk, strtok, strsep. */
#ifndef LSTAR_BYTESET_H
#define LSTAR_BYTESET_H
#include <stddef.h>

struct byteset { size_t w[256 / (8 * sizeof(size_t))]; };

static inline void byteset_init(struct byteset *b, const char *chars)
{
	for (size_t i = 0; i < sizeof b->w / sizeof b->w[0]; i++)
		b->w[i] = 0;
	for (const unsigned char *c = (const unsigned char *)chars; *c; c++)
		b->w[*c / (8 * sizeof(size_t))] |= (size_t)1 << (*c % (8 * sizeof(size_t)));
}

static inline int byteset_has(const struct byteset *b, unsigned char c)
{
	return (b->w[c / (8 * sizeof(size_t))] >> (c % (8 * sizeof(size_t)))) & 1;
}
#endif
