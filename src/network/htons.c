#include <netinet/in.h>

uint16_t (htons)(uint16_t x)
{
	return __builtin_bswap16(x);
}
