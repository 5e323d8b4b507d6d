#include <netdb.h>

/* glibc's wording, so programs print the same messages. */
static const char *const messages[] = {
	[-EAI_BADFLAGS] = "Bad value for ai_flags",
	[-EAI_NONAME] = "Name or service not known",
	[-EAI_AGAIN] = "Temporary failure in name resolution",
	[-EAI_FAIL] = "Non-recoverable failure in name resolution",
	[-EAI_NODATA] = "No address associated with hostname",
	[-EAI_FAMILY] = "ai_family not supported",
	[-EAI_SOCKTYPE] = "ai_socktype not supported",
	[-EAI_SERVICE] = "Servname not supported for ai_socktype",
	[-EAI_ADDRFAMILY] = "Address family for hostname not supported",
	[-EAI_MEMORY] = "Memory allocation failure",
	[-EAI_SYSTEM] = "System error",
	[-EAI_OVERFLOW] = "Argument buffer overflow",
};

const char *gai_strerror(int err)
{
	if (err < 0 && -(long)err < (long)(sizeof messages / sizeof *messages))
		return messages[-err];
	return "Unknown error";
}
