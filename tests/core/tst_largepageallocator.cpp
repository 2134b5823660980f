#include "core/model/LargePageAllocator.h"

#include <QTest>

#include <cstdint>
#include <numeric>
#include <vector>

// Big arrays start on a 2 MiB boundary, where the system can give them large pages; small
// ones are allocated as usual; contents survive growing past the threshold and back.
class TestLargePageAllocator final : public QObject
{
    Q_OBJECT

private slots:
    void bigArraysStartOnALargePage()
    {
        std::vector<char16_t, LargePageAllocator<char16_t>> texts(std::size_t(1) << 20, u'a');
        QCOMPARE(reinterpret_cast<std::uintptr_t>(texts.data()) % (std::uintptr_t(2) << 20),
                 std::uintptr_t(0));
        QCOMPARE(texts.back(), u'a');
        texts.back() = u'b'; // the whole array is ours to write
        QCOMPARE(texts.back(), u'b');
    }

    void keepsContentsAcrossTheThreshold()
    {
        std::vector<int, LargePageAllocator<int>> numbers(10);
        std::iota(numbers.begin(), numbers.end(), 0);
        numbers.resize(1000000); // over 1 MiB: moved into large pages
        std::iota(numbers.begin() + 10, numbers.end(), 10);
        numbers.resize(5);
        numbers.shrink_to_fit(); // back to an ordinary allocation
        QCOMPARE(numbers, (std::vector<int, LargePageAllocator<int>>{0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestLargePageAllocator)
#include "tst_largepageallocator.moc"
