#include <netinet/in.h>

uint32_t (ntohl)(uint32_t x)
{
	return __builtin_bswap32(x);
}
