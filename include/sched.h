#ifndef _SCHED_H
#define _SCHED_H
#include <lstar/types.h>
#include <time.h>

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#define SCHED_BATCH 3
#define SCHED_IDLE 5

struct sched_param { int sched_priority; };

#define CPU_SETSIZE 1024
typedef struct { unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))]; } cpu_set_t;
#define __LSTAR_CPUBITS (8 * sizeof(unsigned long))
#define CPU_ZERO(s) do { for (unsigned __i = 0; __i < CPU_SETSIZE / __LSTAR_CPUBITS; __i++) \
	(s)->__bits[__i] = 0; } while (0)
#define CPU_SET(c, s) ((s)->__bits[(c) / __LSTAR_CPUBITS] |= 1UL << ((c) % __LSTAR_CPUBITS))
#define CPU_CLR(c, s) ((s)->__bits[(c) / __LSTAR_CPUBITS] &= ~(1UL << ((c) % __LSTAR_CPUBITS)))
#define CPU_ISSET(c, s) (!!((s)->__bits[(c) / __LSTAR_CPUBITS] & (1UL << ((c) % __LSTAR_CPUBITS))))
#define CPU_COUNT(s) __lstar_cpu_count(sizeof(cpu_set_t), (s))
int __lstar_cpu_count(size_t size, const cpu_set_t *set);

int sched_yield(void);
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
#endif
