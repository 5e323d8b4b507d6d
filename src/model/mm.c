/* Memory: mmap/munmap/mprotect over a static arena, brk over another
 * (mm/mmap.c).  Addresses are deterministic from one reset to the next. */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include "kernel.h"

#define MMAP_PAGES 8192			/* 32 MiB */
#define BRK_SIZE (8UL << 20)

static unsigned char mmap_area[MMAP_PAGES * PAGE_SIZE] __attribute__((aligned(4096)));
static unsigned char page_prot[MMAP_PAGES];	/* 0 = unmapped, else prot + 1 */
static unsigned char brk_area[BRK_SIZE] __attribute__((aligned(4096)));

void __lstar_model_mm_reset(void)
{
	memset(page_prot, 0, sizeof page_prot);
	current_model->brk_start = current_model->brk_cur = (unsigned long)brk_area;
}

static long page_index(unsigned long addr)
{
	unsigned long base = (unsigned long)mmap_area;
	if (addr < base || addr >= base + sizeof mmap_area)
		return -1;
	return (long)((addr - base) / PAGE_SIZE);
}

/* First fit from the bottom: the same calls give the same addresses. */
static long find_free(unsigned long pages)
{
	unsigned long run = 0;
	for (unsigned long i = 0; i < MMAP_PAGES; i++) {
		run = page_prot[i] ? 0 : run + 1;
		if (run == pages)
			return (long)(i + 1 - pages);
	}
	return -1;
}

static long do_mmap(unsigned long addr, unsigned long len, unsigned long prot,
		    unsigned long flags, int fd, long off)
{
	if (!len)
		return -EINVAL;
	if (off & (PAGE_SIZE - 1))
		return -EINVAL;
	unsigned type = flags & 3;
	if (type != MAP_SHARED && type != MAP_PRIVATE)
		return -EINVAL;
	if (prot & ~7UL)
		return -EINVAL;
	if (len > MMAP_PAGES * PAGE_SIZE)
		return -ENOMEM;
	unsigned long pages = (len + PAGE_SIZE - 1) / PAGE_SIZE;
	struct file *f = NULL;
	if (!(flags & MAP_ANONYMOUS)) {
		f = fget(fd);
		if (!f)
			return -EBADF;
		if (f->f_inode->kind != I_REG)
			return -ENODEV;
		if (!(f->f_mode & FMODE_READ))
			return -EACCES;
		/* A shared file mapping would need writes to reach the file:
		 * the model does not do that, and says so. */
		if (type == MAP_SHARED)
			return -ENODEV;
	}
	long first;
	if (flags & MAP_FIXED) {
		if (addr & (PAGE_SIZE - 1))
			return -EINVAL;
		first = page_index(addr);
		if (first < 0 || page_index(addr + pages * PAGE_SIZE - 1) < 0)
			return -ENOMEM;
	} else {
		first = find_free(pages);
		if (first < 0)
			return -ENOMEM;
	}
	unsigned char *p = mmap_area + first * PAGE_SIZE;
	memset(p, 0, pages * PAGE_SIZE);
	memset(page_prot + first, (int)prot + 1, pages);
	if (f && off < (long)f->f_inode->i_size) {
		size_t n = f->f_inode->i_size - (size_t)off;
		memcpy(p, f->f_inode->i_data + off, n < len ? n : len);
	}
	return (long)p;
}

long sys_mmap(const struct pt_regs *regs)
{
	return do_mmap(regs->di, regs->si, regs->dx, regs->r10, (int)regs->r8, (long)regs->r9);
}

/* Unmapping what is not mapped is not an error (Linux). */
long sys_munmap(const struct pt_regs *regs)
{
	unsigned long addr = regs->di, len = regs->si;
	if ((addr & (PAGE_SIZE - 1)) || !len)
		return -EINVAL;
	unsigned long pages = (len + PAGE_SIZE - 1) / PAGE_SIZE;
	for (unsigned long i = 0; i < pages; i++) {
		long idx = page_index(addr + i * PAGE_SIZE);
		if (idx >= 0)
			page_prot[idx] = 0;
	}
	return 0;
}

/* Every page of [addr, addr + pages pages) is mapped: mprotect and madvise
 * fail with ENOMEM otherwise, as Linux does. */
static int range_mapped(unsigned long addr, unsigned long pages)
{
	for (unsigned long i = 0; i < pages; i++) {
		long idx = page_index(addr + i * PAGE_SIZE);
		if (idx < 0 || !page_prot[idx])
			return 0;
	}
	return 1;
}

/* Protection is recorded, not enforced: the arena is ordinary memory. */
long sys_mprotect(const struct pt_regs *regs)
{
	unsigned long addr = regs->di, len = regs->si, prot = regs->dx;
	if (addr & (PAGE_SIZE - 1))
		return -EINVAL;
	if (prot & ~7UL)
		return -EINVAL;
	unsigned long pages = (len + PAGE_SIZE - 1) / PAGE_SIZE;
	if (!range_mapped(addr, pages))
		return -ENOMEM;
	for (unsigned long i = 0; i < pages; i++)
		page_prot[page_index(addr + i * PAGE_SIZE)] = (unsigned char)(prot + 1);
	return 0;
}

/* brk returns the new break, or the old one when it cannot move. */
long sys_brk(const struct pt_regs *regs)
{
	struct model *m = current_model;
	unsigned long want = regs->di;
	if (want < m->brk_start || want > m->brk_start + BRK_SIZE)
		return (long)m->brk_cur;
	if (want > m->brk_cur)
		memset((void *)m->brk_cur, 0, want - m->brk_cur);
	m->brk_cur = want;
	return (long)want;
}

/* MADV_DONTNEED drops private anonymous pages: they read as zero again. */
long sys_madvise(const struct pt_regs *regs)
{
	unsigned long addr = regs->di, len = regs->si;
	int advice = (int)regs->dx;
	if (addr & (PAGE_SIZE - 1))
		return -EINVAL;
	unsigned long pages = (len + PAGE_SIZE - 1) / PAGE_SIZE;
	if (!range_mapped(addr, pages))
		return -ENOMEM;
	if (advice == MADV_DONTNEED)
		memset((void *)addr, 0, pages * PAGE_SIZE);
	return 0;
}

static int range_free(long first, unsigned long pages)
{
	if (first < 0 || (unsigned long)first + pages > MMAP_PAGES)
		return 0;
	for (unsigned long i = 0; i < pages; i++)
		if (page_prot[first + i])
			return 0;
	return 1;
}

/* Shrink in place, grow in place when the pages after are free, or move
 * (MREMAP_MAYMOVE) by copying: the address is the only visible difference. */
long sys_mremap(const struct pt_regs *regs)
{
	unsigned long addr = regs->di, old_len = regs->si, new_len = regs->dx;
	unsigned long flags = regs->r10;
	if ((addr & (PAGE_SIZE - 1)) || !new_len || (flags & ~1UL))
		return -EINVAL;
	unsigned long old_pages = (old_len + PAGE_SIZE - 1) / PAGE_SIZE;
	unsigned long new_pages = (new_len + PAGE_SIZE - 1) / PAGE_SIZE;
	long first = page_index(addr);
	if (first < 0 || !old_pages)
		return -EFAULT;
	for (unsigned long i = 0; i < old_pages; i++)
		if (first + (long)i >= (long)MMAP_PAGES || !page_prot[first + i])
			return -EFAULT;
	unsigned char prot = page_prot[first];
	if (new_pages <= old_pages) {
		memset(page_prot + first + new_pages, 0, old_pages - new_pages);
		return (long)addr;
	}
	if (range_free(first + (long)old_pages, new_pages - old_pages)) {
		memset(mmap_area + (first + old_pages) * PAGE_SIZE, 0, (new_pages - old_pages) * PAGE_SIZE);
		memset(page_prot + first + old_pages, prot, new_pages - old_pages);
		return (long)addr;
	}
	if (!(flags & 1 /* MREMAP_MAYMOVE */))
		return -ENOMEM;
	long to = find_free(new_pages);
	if (to < 0)
		return -ENOMEM;
	unsigned char *dst = mmap_area + to * PAGE_SIZE;
	memcpy(dst, (void *)addr, old_pages * PAGE_SIZE);
	memset(dst + old_pages * PAGE_SIZE, 0, (new_pages - old_pages) * PAGE_SIZE);
	memset(page_prot + to, prot, new_pages);
	memset(page_prot + first, 0, old_pages);
	return (long)dst;
}
