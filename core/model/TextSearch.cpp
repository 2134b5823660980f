#include "core/model/TextSearch.h"

#include <QtAlgorithms>

#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace TextSearch {

// QStringView::contains() suits one long text: for a short one it rolls a hash over every
// position, which was most of a full filter pass over 100,000 order texts.
// Here a place is only looked at closely when its first and last characters are the term's,
// eight places at a time where the processor can compare that many characters at once; in
// the texts searched that rules out nearly every place.
bool contains(QStringView text, QStringView term)
{
    const qsizetype termLength = term.size();
    if (termLength == 0)
        return true;
    if (termLength > text.size())
        return false;
    if (termLength == 1) // Qt's search for one character already compares many at once
        return text.contains(term.front());
    const char16_t *haystack = text.utf16();
    const char16_t *needle = term.utf16();
    const char16_t first = needle[0];
    const char16_t last = needle[termLength - 1];
    // The characters between the first and the last; none for a term of one or two.
    const qsizetype middle = termLength > 2 ? termLength - 2 : 0;
    const qsizetype lastStart = text.size() - termLength; // the last place the term can begin
    auto matchesAt = [&](qsizetype start) {
        return std::char_traits<char16_t>::compare(haystack + start + 1, needle + 1, middle) == 0;
    };

    qsizetype start = 0;
#if defined(__SSE2__)
    const __m128i firsts = _mm_set1_epi16(short(first));
    const __m128i lasts = _mm_set1_epi16(short(last));
    // Eight places from `start`: their first characters, and their last ones, are all inside
    // the text as long as the eighth place is one the term can begin at.
    for (; start + 7 <= lastStart; start += 8) {
        const __m128i begins = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + start));
        const __m128i ends = _mm_loadu_si128(
            reinterpret_cast<const __m128i *>(haystack + start + termLength - 1));
        // Two bits per place, both set where its first and last characters are the term's.
        unsigned candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi16(begins, firsts), _mm_cmpeq_epi16(ends, lasts))));
        while (candidates != 0) {
            if (matchesAt(start + qCountTrailingZeroBits(candidates) / 2))
                return true;
            candidates &= candidates - 1;
            candidates &= candidates - 1;
        }
    }
#endif
    for (; start <= lastStart; ++start) {
        if (haystack[start] == first && haystack[start + termLength - 1] == last && matchesAt(start))
            return true;
    }
    return false;
}

} // namespace TextSearch
