/*
 * Finding functions in the vDSO, the small ELF image the kernel maps into
 * every process (its address is AT_SYSINFO_EHDR in the auxiliary vector).
 * Reading it costs no system call: callers look a symbol up on first use
 * and keep the pointer.
 *
 * The lookup walks the image's dynamic section for its string and symbol
 * tables, finds the symbol through DT_GNU_HASH (or DT_HASH, whichever the
 * kernel built), and checks the symbol's version is LINUX_2.6, the only
 * version x86_64's vDSO defines.  The kernel-model build compiles
 * src/time/vdso_none.c instead, whose __lstar_vdso_sym finds nothing.
 */
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include "libc.h"

typedef struct {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Elf64_Ehdr;

typedef struct {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Elf64_Phdr;

typedef struct { int64_t d_tag; uint64_t d_val; } Elf64_Dyn;

typedef struct {
	uint32_t st_name;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
} Elf64_Sym;

typedef struct {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
} Elf64_Verdef;

typedef struct { uint32_t vda_name, vda_next; } Elf64_Verdaux;

enum { PT_LOAD = 1, PT_DYNAMIC = 2 };
enum { DT_NULL = 0, DT_HASH = 4, DT_STRTAB = 5, DT_SYMTAB = 6,
       DT_GNU_HASH = 0x6ffffef5, DT_VERSYM = 0x6ffffff0, DT_VERDEF = 0x6ffffffc };
enum { STT_FUNC = 2, STT_NOTYPE = 0, STB_GLOBAL = 1, STB_WEAK = 2, SHN_UNDEF = 0 };

struct vdso {
	uintptr_t bias;		/* add to a vaddr in the image to get a pointer */
	const char *strtab;
	const Elf64_Sym *symtab;
	const uint32_t *hash;
	const uint32_t *gnu_hash;
	const uint16_t *versym;
	const Elf64_Verdef *verdef;
};

static int vdso_open(struct vdso *v)
{
	uintptr_t base = getauxval(AT_SYSINFO_EHDR);
	if (!base)
		return 0;
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)(base + eh->e_phoff);
	const Elf64_Dyn *dyn = 0;
	int have_load = 0;

	memset(v, 0, sizeof *v);
	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !have_load) {
			v->bias = base + ph[i].p_offset - ph[i].p_vaddr;
			have_load = 1;
		} else if (ph[i].p_type == PT_DYNAMIC) {
			dyn = (const Elf64_Dyn *)(base + ph[i].p_offset);
		}
	}
	if (!have_load || !dyn)
		return 0;
	for (; dyn->d_tag != DT_NULL; dyn++) {
		const void *p = (const void *)(v->bias + dyn->d_val);
		switch (dyn->d_tag) {
		case DT_STRTAB: v->strtab = p; break;
		case DT_SYMTAB: v->symtab = p; break;
		case DT_HASH: v->hash = p; break;
		case DT_GNU_HASH: v->gnu_hash = p; break;
		case DT_VERSYM: v->versym = p; break;
		case DT_VERDEF: v->verdef = p; break;
		}
	}
	return v->strtab && v->symtab && (v->hash || v->gnu_hash);
}

/* True when symbol i carries version `want` (or the image has no versions). */
static int version_is(const struct vdso *v, uint32_t i, const char *want)
{
	if (!v->versym || !v->verdef)
		return 1;
	uint16_t ndx = v->versym[i] & 0x7fff;
	for (const Elf64_Verdef *d = v->verdef;;
	     d = (const Elf64_Verdef *)((const char *)d + d->vd_next)) {
		if (d->vd_ndx == ndx && !(d->vd_flags & 1 /* VER_FLG_BASE */)) {
			const Elf64_Verdaux *a = (const Elf64_Verdaux *)((const char *)d + d->vd_aux);
			return !strcmp(v->strtab + a->vda_name, want);
		}
		if (!d->vd_next)
			return 0;
	}
}

static void *match(const struct vdso *v, uint32_t i, const char *name)
{
	const Elf64_Sym *s = &v->symtab[i];
	unsigned type = s->st_info & 0xf, bind = s->st_info >> 4;
	if ((type != STT_FUNC && type != STT_NOTYPE) || s->st_shndx == SHN_UNDEF)
		return 0;
	if ((bind != STB_GLOBAL && bind != STB_WEAK) || strcmp(v->strtab + s->st_name, name))
		return 0;
	if (!version_is(v, i, "LINUX_2.6"))
		return 0;
	return (void *)(v->bias + s->st_value);
}

static uint32_t gnu_hash(const char *s)
{
	uint32_t h = 5381;
	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

static uint32_t sysv_hash(const char *s)
{
	uint32_t h = 0;
	for (; *s; s++) {
		h = (h << 4) + (unsigned char)*s;
		h ^= (h >> 24) & 0xf0;
	}
	return h & 0x0fffffff;
}

/* DT_GNU_HASH: nbuckets, symoffset, bloom_size, bloom_shift, bloom[],
 * buckets[], then one chain word per symbol from symoffset on, whose low
 * bit ends the chain. */
static void *lookup_gnu(const struct vdso *v, const char *name)
{
	const uint32_t *t = v->gnu_hash;
	uint32_t nbuckets = t[0], symoffset = t[1], bloom_size = t[2];
	const uint32_t *buckets = t + 4 + 2 * bloom_size;	/* 64-bit bloom words */
	const uint32_t *chain = buckets + nbuckets;
	uint32_t h = gnu_hash(name);

	if (!nbuckets)
		return 0;
	for (uint32_t i = buckets[h % nbuckets]; i >= symoffset && i; i++) {
		uint32_t ch = chain[i - symoffset];
		if ((ch | 1) == (h | 1)) {
			void *p = match(v, i, name);
			if (p)
				return p;
		}
		if (ch & 1)
			break;
	}
	return 0;
}

/* DT_HASH: nbucket, nchain, bucket[nbucket], chain[nchain]. */
static void *lookup_sysv(const struct vdso *v, const char *name)
{
	const uint32_t *t = v->hash;
	uint32_t nbucket = t[0], nchain = t[1];
	const uint32_t *bucket = t + 2, *chain = bucket + nbucket;

	if (!nbucket)
		return 0;
	for (uint32_t i = bucket[sysv_hash(name) % nbucket]; i && i < nchain; i = chain[i]) {
		void *p = match(v, i, name);
		if (p)
			return p;
	}
	return 0;
}

/* use_sysv forces the DT_HASH path (when the image has one), so tests can
 * check both lookups agree; programs call __lstar_vdso_sym. */
__hidden void *__lstar_vdso_find(const char *name, int use_sysv)
{
	struct vdso v;
	if (!vdso_open(&v))
		return 0;
	if (v.gnu_hash && !(use_sysv && v.hash))
		return lookup_gnu(&v, name);
	return v.hash ? lookup_sysv(&v, name) : 0;
}

__hidden void *__lstar_vdso_sym(const char *name)
{
	return __lstar_vdso_find(name, 0);
}
