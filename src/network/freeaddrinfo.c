#include <netdb.h>
#include <stdlib.h>

/* Each entry is one allocation holding its address and name. */
void freeaddrinfo(struct addrinfo *ai)
{
	while (ai) {
		struct addrinfo *next = ai->ai_next;
		free(ai);
		ai = next;
	}
}
