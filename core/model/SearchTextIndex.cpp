#include "core/model/SearchTextIndex.h"

#include "core/model/TextSearch.h"

#include <algorithm>
#include <cstring>

namespace {

// The table's places at first; it doubles when half are taken. A shop's texts hold some tens of
// thousands of distinct sequences.
constexpr std::size_t initialPlaces = std::size_t(1) << 12;

// Fields of a search text are joined by line breaks (OrderFilter::searchText()). A typed term
// holds none, so sequences with one are not listed; a term that does is still found, through
// its other sequences or by reading every text.
constexpr char16_t fieldBreak = u'\n';

// Up to this many rows every sequence is listed: the lists of a small table are small anyway.
constexpr int alwaysListedRows = 256;

constexpr int chunkChars = 1 << 16;

bool listed(const char16_t *three)
{
    return three[0] != fieldBreak && three[1] != fieldBreak && three[2] != fieldBreak;
}

// Where a key's search through the table starts: its bits mixed, so that sequences alike
// (the same letters, one apart) do not crowd together.
std::size_t placeOf(quint64 key, std::size_t mask)
{
    key ^= key >> 33;
    key *= 0xFF51AFD7ED558CCDULL;
    key ^= key >> 33;
    key *= 0xC4CEB9FE1A85EC53ULL;
    key ^= key >> 33;
    return std::size_t(key) & mask;
}

} // namespace

SearchTextIndex::SearchTextIndex()
{
    clearPostings();
}

void SearchTextIndex::reset(int rowCount, const TextOfRow &textOf)
{
    m_chunks.clear();
    m_slots.clear();
    m_slots.reserve(std::size_t(rowCount));
    m_retiredSlots = 0;
    clearPostings();
    m_slotOfRow.resize(rowCount);
    for (int row = 0; row < rowCount; ++row)
        m_slotOfRow[row] = appendSlot(row, textOf(row));
    for (Postings &postings : m_postings)
        postings.gaps.shrink_to_fit();
}

void SearchTextIndex::insertRows(int first, int count, const TextOfRow &textOf)
{
    Q_ASSERT(first >= 0 && first <= rowCount() && count >= 0);
    for (Slot &slot : m_slots) {
        if (slot.row >= first)
            slot.row += count;
    }
    m_slotOfRow.insert(first, count, -1);
    for (int row = first; row < first + count; ++row)
        m_slotOfRow[row] = appendSlot(row, textOf(row));
}

void SearchTextIndex::removeRows(int first, int count)
{
    Q_ASSERT(first >= 0 && count >= 0 && first + count <= rowCount());
    for (int row = first; row < first + count; ++row)
        retireSlotOf(row);
    m_slotOfRow.remove(first, count);
    for (Slot &slot : m_slots) {
        if (slot.row >= first + count)
            slot.row -= count;
    }
    rebuildWhenWasteful();
}

void SearchTextIndex::setText(int row, QStringView text)
{
    Q_ASSERT(row >= 0 && row < rowCount());
    // Most changes of an order (an outbox mark, a status) leave its search text as it was.
    if (this->text(row) == text)
        return;
    retireSlotOf(row);
    m_slotOfRow[row] = appendSlot(row, text);
    rebuildWhenWasteful();
}

QStringView SearchTextIndex::text(int row) const
{
    return textOf(m_slots[std::size_t(m_slotOfRow.at(row))]);
}

bool SearchTextIndex::contains(int row, QStringView term) const
{
    return TextSearch::contains(text(row), term);
}

std::optional<QList<int>> SearchTextIndex::candidates(QStringView term, qsizetype atMost) const
{
    const char16_t *chars = term.utf16();
    const Postings *rarest = nullptr;
    for (qsizetype i = 0; i + 2 < term.size(); ++i) {
        if (!listed(chars + i))
            continue;
        const Postings *postings = find(keyOf(chars + i));
        if (!postings) // no text holds these three characters
            return QList<int>();
        if (postings->common)
            continue;
        if (!rarest || postings->count < rarest->count)
            rarest = postings;
    }
    if (!rarest || rarest->count > atMost)
        return std::nullopt;

    QList<int> rows;
    rows.reserve(rarest->count);
    int slot = -1;
    unsigned gap = 0;
    int shift = 0;
    for (const quint8 byte : rarest->gaps) {
        gap |= unsigned(byte & 0x7f) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        slot += int(gap);
        gap = 0;
        shift = 0;
        const int row = m_slots[std::size_t(slot)].row;
        if (row >= 0)
            rows.append(row);
    }
    return rows;
}

QStringView SearchTextIndex::textOf(const Slot &slot) const
{
    return QStringView(m_chunks[std::size_t(slot.chunk)].chars.get() + slot.offset, slot.length);
}

int SearchTextIndex::appendSlot(int row, QStringView text)
{
    const int length = int(text.size());
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < length) {
        // A text longer than a block gets a block of its own.
        const int capacity = std::max(chunkChars, length);
        m_chunks.push_back({std::make_unique<char16_t[]>(std::size_t(capacity)), capacity, 0});
    }
    Chunk &chunk = m_chunks.back();
    if (length > 0)
        std::memcpy(chunk.chars.get() + chunk.used, text.utf16(), std::size_t(length) * 2);
    const int slot = int(m_slots.size());
    m_slots.push_back({int(m_chunks.size() - 1), chunk.used, length, row});
    chunk.used += length;
    listSlot(slot, text);
    return slot;
}

void SearchTextIndex::listSlot(int slot, QStringView text)
{
    const char16_t *chars = text.utf16();
    const int commonCount = commonAbove();
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        if (!listed(chars + i))
            continue;
        Postings &postings = findOrAdd(keyOf(chars + i));
        // Slots are listed in ascending order, so a sequence seen twice in one text is
        // listed once by this test alone.
        if (postings.common || postings.lastSlot == slot)
            continue;
        if (postings.count >= commonCount) {
            postings.common = true;
            std::vector<quint8>().swap(postings.gaps);
            continue;
        }
        unsigned gap = unsigned(slot - postings.lastSlot);
        while (gap >= 0x80) {
            postings.gaps.push_back(quint8(gap | 0x80));
            gap >>= 7;
        }
        postings.gaps.push_back(quint8(gap));
        postings.lastSlot = slot;
        ++postings.count;
    }
}

void SearchTextIndex::retireSlotOf(int row)
{
    // Its text stays listed until the next rebuild; candidates() skips retired slots.
    m_slots[std::size_t(m_slotOfRow.at(row))].row = -1;
    ++m_retiredSlots;
}

void SearchTextIndex::rebuildWhenWasteful()
{
    // Each rebuild reads every text, so it waits until as many retired texts have gathered as
    // there are rows: the cost per change stays constant.
    if (m_retiredSlots > std::max(1024, rowCount()))
        rebuild();
}

void SearchTextIndex::rebuild()
{
    const std::vector<Chunk> oldChunks = std::move(m_chunks);
    const std::vector<Slot> oldSlots = std::move(m_slots);
    const QList<int> oldSlotOfRow = m_slotOfRow;
    reset(rowCount(), [&](int row) {
        const Slot &slot = oldSlots[std::size_t(oldSlotOfRow.at(row))];
        return QStringView(oldChunks[std::size_t(slot.chunk)].chars.get() + slot.offset, slot.length)
            .toString();
    });
}

void SearchTextIndex::clearPostings()
{
    m_keys.assign(initialPlaces, 0);
    m_places.assign(initialPlaces, -1);
    m_postings.clear();
}

quint64 SearchTextIndex::keyOf(const char16_t *three)
{
    // The top bit set: no key is 0.
    return quint64(three[0]) | quint64(three[1]) << 16 | quint64(three[2]) << 32 | quint64(1) << 63;
}

const SearchTextIndex::Postings *SearchTextIndex::find(quint64 key) const
{
    const std::size_t mask = m_keys.size() - 1;
    for (std::size_t place = placeOf(key, mask);; place = (place + 1) & mask) {
        if (m_keys[place] == key)
            return &m_postings[std::size_t(m_places[place])];
        if (m_keys[place] == 0)
            return nullptr;
    }
}

SearchTextIndex::Postings &SearchTextIndex::findOrAdd(quint64 key)
{
    std::size_t mask = m_keys.size() - 1;
    std::size_t place = placeOf(key, mask);
    for (; m_keys[place] != 0; place = (place + 1) & mask) {
        if (m_keys[place] == key)
            return m_postings[std::size_t(m_places[place])];
    }
    if (2 * (m_postings.size() + 1) > m_keys.size()) {
        growTable();
        mask = m_keys.size() - 1;
        for (place = placeOf(key, mask); m_keys[place] != 0; place = (place + 1) & mask) {
        }
    }
    m_keys[place] = key;
    m_places[place] = int(m_postings.size());
    return m_postings.emplace_back();
}

void SearchTextIndex::growTable()
{
    std::vector<quint64> keys(m_keys.size() * 2, 0);
    std::vector<int> places(keys.size(), -1);
    const std::size_t mask = keys.size() - 1;
    for (std::size_t old = 0; old < m_keys.size(); ++old) {
        if (m_keys[old] == 0)
            continue;
        std::size_t place = placeOf(m_keys[old], mask);
        while (keys[place] != 0)
            place = (place + 1) & mask;
        keys[place] = m_keys[old];
        places[place] = m_places[old];
    }
    m_keys = std::move(keys);
    m_places = std::move(places);
}

int SearchTextIndex::commonAbove() const
{
    return std::max(alwaysListedRows, rowCount() / 16);
}
