#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

// An allocator for big arrays that a keystroke reads here and there: from 1 MiB on, the memory
// is asked for in 2 MiB pages (Linux's transparent huge pages), elsewhere as usual.
//
// Why: reading a few thousand order texts touches a few thousand 4 KiB pages. Each is a
// translation the processor must look up, and on the virtual machines we measure on
// (docs/benchmarks.md), a page left alone for half a second costs some 10 µs to touch again:
// a search over 100,000 texts took 150 ms after two seconds of idleness instead of 7 ms. In
// 2 MiB pages the same texts are nine pages, and the cost is gone.
template<typename T>
class LargePageAllocator
{
public:
    using value_type = T;

    LargePageAllocator() = default;
    template<typename U>
    LargePageAllocator(const LargePageAllocator<U> &)
    {}

    T *allocate(std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (!large(bytes))
            return static_cast<T *>(::operator new(bytes));
        const std::size_t rounded = (bytes + largePage - 1) / largePage * largePage;
        void *memory = std::aligned_alloc(largePage, rounded);
        if (!memory)
            throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        madvise(memory, rounded, MADV_HUGEPAGE); // a hint: without it, the usual pages
#endif
        return static_cast<T *>(memory);
    }

    void deallocate(T *memory, std::size_t count)
    {
        if (large(count * sizeof(T)))
            std::free(memory);
        else
            ::operator delete(memory);
    }

    template<typename U>
    bool operator==(const LargePageAllocator<U> &) const
    {
        return true;
    }

private:
    static constexpr std::size_t largePage = std::size_t(2) << 20;
    static bool large(std::size_t bytes)
    {
        return bytes >= largePage / 2;
    }
};
