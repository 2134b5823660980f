#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
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
// Built for a hundred thousand rows. The texts live in one buffer rather than one QString
// each. A changed or inserted row's text is appended, and the index lists it under its
// sequences, so a sync that changes ten orders costs ten texts, not a rebuild; the space of
// changed and removed texts is reclaimed by a rebuild once it is as large as the rest. A
// sequence held by more than one row in sixteen is not listed at all: looking through its
// rows would save little, and such lists would be most of the index's memory.
class SearchTextIndex final
{
public:
    using TextOfRow = std::function<QString(int row)>;

    SearchTextIndex(); // no rows

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
    std::optional<QList<int>> candidates(QStringView term, qsizetype atMost) const;

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
    // text each time it grows, and no half-empty reserve twice the size of the texts.
    struct Chunk
    {
        std::unique_ptr<char16_t[]> chars;
        int capacity = 0;
        int used = 0;
    };

    // The slots of the texts holding a sequence, in ascending order as the gaps between them,
    // seven bits a byte.
    struct Postings
    {
        std::vector<quint8> gaps;
        int count = 0;
        int lastSlot = -1;
        bool common = false; // held by too many rows: not listed
    };

    // Three characters as one key; 0 for a free place in the table.
    static quint64 keyOf(const char16_t *three);
    const Postings *find(quint64 key) const;
    Postings &findOrAdd(quint64 key);

    QStringView textOf(const Slot &slot) const;
    int appendSlot(int row, QStringView text);
    void listSlot(int slot, QStringView text);
    void retireSlotOf(int row);
    // Every row's text again into new blocks, in row order, and the lists from them.
    void rebuild();
    void rebuildWhenWasteful();
    void clearPostings();
    void growTable();
    int commonAbove() const;

    std::vector<Chunk> m_chunks;
    std::vector<Slot> m_slots;
    QList<int> m_slotOfRow;
    // An open hash table from each sequence's key to its place in m_postings, which holds the
    // lists side by side, where building touches them without going through the table.
    std::vector<quint64> m_keys;
    std::vector<int> m_places;
    std::vector<Postings> m_postings;
    int m_retiredSlots = 0;
};
