#pragma once

#include "core/model/LargePageAllocator.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

// The search texts of a table's rows (one per order: OrderFilter::searchText()), and which rows
// hold each sequence of three characters, so that a term typed afresh is looked for in the few
// rows that hold its rarest three characters instead of in every row.
//
// Texts are compared as they are stored (the caller folds case); a row matches exactly when
// TextSearch::contains() finds the term in its text. The index only says where to look:
// candidates() returns every row that holds the term, and some that do not.
//
// Built for a hundred thousand rows. The texts live in a few big blocks rather than one QString
// each. A changed or inserted row's text is appended and listed under its sequences, so a sync
// that changes ten orders costs ten texts, not a rebuild; the space of changed and removed
// texts is reclaimed by a rebuild once it is as large as the rest. A sequence held by more
// than one row in sixteen is not listed at all: looking through its rows would save little,
// and such lists would be most of the index's memory.
//
// Listing every text of a big table takes about as long as reading the orders' texts (some
// 100 ms for 100,000), which would add to the start of the app: so after reset() a worker
// thread of low priority lists them while the texts can already be read. Should candidates()
// need the lists before it is done, it stops the worker and lists the rest itself, which a
// user typing within that first moment would feel at most once.
class SearchTextIndex final
{
public:
    using TextOfRow = std::function<QString(int row)>;

    SearchTextIndex(); // no rows
    ~SearchTextIndex();
    SearchTextIndex(const SearchTextIndex &) = delete;
    SearchTextIndex &operator=(const SearchTextIndex &) = delete;

    // Every row's text anew, rows 0 to rowCount - 1.
    void reset(int rowCount, const TextOfRow &textOf);
    void insertRows(int first, int count, const TextOfRow &textOf); // textOf gets the new rows
    void removeRows(int first, int count);
    void setText(int row, QStringView text);

    int rowCount() const { return int(m_slotOfRow.size()); }
    QStringView text(int row) const;
    bool contains(int row, QStringView term) const;

    // The rows that may contain `term`, in no particular order: all that do, and some that do
    // not. None (std::nullopt) when the index cannot narrow the search below `atMost` rows: a
    // term of fewer than three characters, or one whose every sequence of three is common.
    std::optional<QList<int>> candidates(QStringView term, qsizetype atMost);

private:
    // A text as stored: where it is in m_chunks, and the row it belongs to (-1 once the row
    // was removed or got another text).
    struct Slot
    {
        int chunk;
        int offset;
        int length;
        int row;
    };

    // Texts are appended to fixed blocks rather than to one growing array: no copy of every
    // text each time it grows, no half-empty reserve twice the size of the texts, and a text
    // never moves while the worker thread reads it. Past the first, a block is a large page.
    struct Chunk
    {
        std::vector<char16_t, LargePageAllocator<char16_t>> chars;
        int used = 0;
    };

    // Which slots hold each sequence of three characters.
    class Lists;

    QStringView textOf(const Slot &slot) const;
    int appendSlot(int row, QStringView text);
    void retireSlotOf(int row);
    // Lists every slot from a worker thread, or at once for a small table.
    void listAll();
    // Takes the worker's lists, as far as it got, and lists the rest.
    void finishListing();
    void cancelListing();
    // Every row's text again into new blocks, in row order, and the lists from them.
    void rebuild();
    void rebuildWhenWasteful();
    int commonAbove() const;

    std::vector<Chunk> m_chunks;
    std::vector<Slot, LargePageAllocator<Slot>> m_slots;
    QList<int> m_slotOfRow;
    std::unique_ptr<Lists> m_lists;               // of the first slots; null while being listed
    std::future<std::unique_ptr<Lists>> m_worker; // valid while a worker lists
    std::shared_ptr<std::atomic_bool> m_stopWorker;
    int m_retiredSlots = 0;
};
