#include "core/model/SearchTextIndex.h"

#include "core/model/TextSearch.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

// Fields of a search text are joined by line breaks (OrderFilter::searchText()). A typed term
// holds none, so sequences with one are not listed; a term that does is still found, through
// its other sequences or by reading every text.
constexpr char16_t fieldBreak = u'\n';

// Up to this many rows every sequence is listed: the lists of a small table are small anyway.
constexpr int alwaysListedRows = 256;

// Below this many texts the lists are made at once: it takes a few milliseconds.
constexpr std::size_t listedByAWorkerFrom = 4096;

// The first block of texts holds a small table's; later ones are a large page each.
constexpr int firstChunkChars = 1 << 16;
constexpr int chunkChars = 1 << 20;

// The hash table's places at first; it doubles when half are taken. A shop's texts hold some
// tens of thousands of distinct sequences.
constexpr std::size_t initialPlaces = std::size_t(1) << 12;

// The last slot of a sequence held by too many texts to be listed: after every real one.
constexpr int commonSequence = std::numeric_limits<int>::max();

// Lowers the calling thread's priority: listing can wait for the window to show and the user.
void yieldToOtherThreads()
{
#if defined(__linux__)
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}

bool listed(const char16_t *three)
{
    return three[0] != fieldBreak && three[1] != fieldBreak && three[2] != fieldBreak;
}

// Three characters as one key, never 0 (the top bit is set).
quint64 keyOf(const char16_t *three)
{
    return quint64(three[0]) | quint64(three[1]) << 16 | quint64(three[2]) << 32 | quint64(1) << 63;
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

// The slots holding each sequence, listed in ascending order, from slot 0 on without a gap.
class SearchTextIndex::Lists final
{
public:
    Lists() { m_table.resize(initialPlaces); }

    int listedSlots() const { return m_listedSlots; }

    // Lists the next slot. A sequence listed `commonCount` times is no longer listed.
    void list(int slot, QStringView text, int commonCount)
    {
        Q_ASSERT(slot == m_listedSlots);
        const char16_t *chars = text.utf16();
        for (qsizetype i = 0; i + 2 < text.size(); ++i) {
            if (!listed(chars + i))
                continue;
            const std::size_t sequence = std::size_t(findOrAdd(keyOf(chars + i)));
            int &lastSlot = m_lastSlot[sequence];
            // Slots are listed in ascending order: a sequence seen twice in one text, or a
            // common one, is passed over by this test alone.
            if (lastSlot >= slot)
                continue;
            Postings &postings = m_postings[sequence];
            if (postings.count >= commonCount) {
                lastSlot = commonSequence;
                std::vector<quint8>().swap(postings.gaps);
                continue;
            }
            unsigned gap = unsigned(slot - lastSlot);
            while (gap >= 0x80) {
                postings.gaps.push_back(quint8(gap | 0x80));
                gap >>= 7;
            }
            postings.gaps.push_back(quint8(gap));
            lastSlot = slot;
            ++postings.count;
        }
        ++m_listedSlots;
    }

    // The last doubling of a list may have left half of it empty.
    void squeeze()
    {
        for (Postings &postings : m_postings)
            postings.gaps.shrink_to_fit();
    }

    // The slots of the rarest listed sequence of `term`: none when a sequence of it is held
    // nowhere, std::nullopt when it has no listed sequence or the rarest has over `atMost`.
    std::optional<std::vector<int>> slotsHolding(QStringView term, qsizetype atMost) const
    {
        const char16_t *chars = term.utf16();
        const Postings *rarest = nullptr;
        for (qsizetype i = 0; i + 2 < term.size(); ++i) {
            if (!listed(chars + i))
                continue;
            const int sequence = find(keyOf(chars + i));
            if (sequence < 0)
                return std::vector<int>();
            if (m_lastSlot[std::size_t(sequence)] == commonSequence)
                continue;
            const Postings &postings = m_postings[std::size_t(sequence)];
            if (!rarest || postings.count < rarest->count)
                rarest = &postings;
        }
        if (!rarest || rarest->count > atMost)
            return std::nullopt;
        std::vector<int> holding;
        holding.reserve(std::size_t(rarest->count));
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
            holding.push_back(slot);
            gap = 0;
            shift = 0;
        }
        return holding;
    }

private:
    // The slots of the texts holding a sequence, as the gaps between them, seven bits a byte.
    struct Postings
    {
        std::vector<quint8> gaps;
        int count = 0;
    };

    // A place of the hash table: a sequence's key (0 for a free place) and its number.
    struct Place
    {
        quint64 key = 0;
        int sequence = -1;
    };

    int find(quint64 key) const
    {
        const std::size_t mask = m_table.size() - 1;
        for (std::size_t place = placeOf(key, mask);; place = (place + 1) & mask) {
            if (m_table[place].key == key)
                return m_table[place].sequence;
            if (m_table[place].key == 0)
                return -1;
        }
    }

    int findOrAdd(quint64 key)
    {
        std::size_t mask = m_table.size() - 1;
        std::size_t place = placeOf(key, mask);
        for (; m_table[place].key != 0; place = (place + 1) & mask) {
            if (m_table[place].key == key)
                return m_table[place].sequence;
        }
        if (2 * (m_postings.size() + 1) > m_table.size()) {
            grow();
            mask = m_table.size() - 1;
            for (place = placeOf(key, mask); m_table[place].key != 0; place = (place + 1) & mask) {
            }
        }
        const int sequence = int(m_postings.size());
        m_table[place] = {key, sequence};
        m_postings.emplace_back();
        m_lastSlot.push_back(-1);
        return sequence;
    }

    void grow()
    {
        std::vector<Place> table(m_table.size() * 2);
        const std::size_t mask = table.size() - 1;
        for (const Place &old : m_table) {
            if (old.key == 0)
                continue;
            std::size_t place = placeOf(old.key, mask);
            while (table[place].key != 0)
                place = (place + 1) & mask;
            table[place] = old;
        }
        m_table = std::move(table);
    }

    // An open hash table from each sequence's key to its number; by that number its lists and
    // the last slot listed (commonSequence once it is common), kept apart because listing reads
    // it for every sequence of every text and adds to the lists far less often.
    std::vector<Place> m_table;
    std::vector<Postings> m_postings;
    std::vector<int> m_lastSlot;
    int m_listedSlots = 0;
};

SearchTextIndex::SearchTextIndex()
    : m_lists(std::make_unique<Lists>())
{}

SearchTextIndex::~SearchTextIndex()
{
    cancelListing();
}

void SearchTextIndex::reset(int rowCount, const TextOfRow &textOf)
{
    cancelListing();
    m_lists.reset(); // appendSlot() lists nothing: listAll() does below
    m_chunks.clear();
    m_slots.clear();
    m_slots.reserve(std::size_t(rowCount));
    m_retiredSlots = 0;
    m_slotOfRow.resize(rowCount);
    for (int row = 0; row < rowCount; ++row)
        m_slotOfRow[row] = appendSlot(row, textOf(row));
    listAll();
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

std::optional<QList<int>> SearchTextIndex::candidates(QStringView term, qsizetype atMost)
{
    if (term.size() < 3)
        return std::nullopt;
    finishListing();
    const std::optional<std::vector<int>> holding = m_lists->slotsHolding(term, atMost);
    if (!holding)
        return std::nullopt;
    QList<int> rows;
    rows.reserve(qsizetype(holding->size()));
    for (const int slot : *holding) {
        const int row = m_slots[std::size_t(slot)].row;
        if (row >= 0) // not retired
            rows.append(row);
    }
    return rows;
}

QStringView SearchTextIndex::textOf(const Slot &slot) const
{
    return QStringView(m_chunks[std::size_t(slot.chunk)].chars.data() + slot.offset, slot.length);
}

int SearchTextIndex::appendSlot(int row, QStringView text)
{
    const int length = int(text.size());
    if (m_chunks.empty() || int(m_chunks.back().chars.size()) - m_chunks.back().used < length) {
        // A text longer than a block gets a block of its own.
        const int capacity = std::max(m_chunks.empty() ? firstChunkChars : chunkChars, length);
        m_chunks.emplace_back().chars.resize(std::size_t(capacity));
    }
    Chunk &chunk = m_chunks.back();
    if (length > 0)
        std::memcpy(chunk.chars.data() + chunk.used, text.utf16(), std::size_t(length) * 2);
    const int slot = int(m_slots.size());
    m_slots.push_back({int(m_chunks.size() - 1), chunk.used, length, row});
    chunk.used += length;
    if (m_lists) // else a worker lists it, or finishListing()
        m_lists->list(slot, text, commonAbove());
    return slot;
}

void SearchTextIndex::retireSlotOf(int row)
{
    // Its text stays listed until the next rebuild; candidates() passes over retired slots.
    m_slots[std::size_t(m_slotOfRow.at(row))].row = -1;
    ++m_retiredSlots;
}

void SearchTextIndex::listAll()
{
    Q_ASSERT(!m_lists && !m_worker.valid());
    if (m_slots.size() < listedByAWorkerFrom) {
        m_lists = std::make_unique<Lists>();
        for (std::size_t slot = 0; slot < m_slots.size(); ++slot)
            m_lists->list(int(slot), textOf(m_slots[slot]), commonAbove());
        return;
    }
    // The worker reads the texts stored so far, which stay where they are until
    // cancelListing() has stopped it; later texts go to places it does not read.
    std::vector<QStringView> texts;
    texts.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        texts.push_back(textOf(slot));
    m_stopWorker = std::make_shared<std::atomic_bool>(false);
    m_worker
        = std::async(std::launch::async,
                     [texts = std::move(texts), commonCount = commonAbove(), stop = m_stopWorker] {
                         yieldToOtherThreads();
                         auto lists = std::make_unique<Lists>();
                         for (std::size_t slot = 0; slot < texts.size(); ++slot) {
                             // Stopped: what it listed so far, for the caller to go on.
                             if (slot % 1024 == 0 && stop->load(std::memory_order_relaxed))
                                 return lists;
                             lists->list(int(slot), texts[slot], commonCount);
                         }
                         lists->squeeze();
                         return lists;
                     });
}

void SearchTextIndex::finishListing()
{
    if (!m_worker.valid())
        return;
    // Not done yet: rather than wait for a worker that yields to everything else, this thread
    // takes over where it got to.
    m_stopWorker->store(true, std::memory_order_relaxed);
    m_lists = m_worker.get();
    m_stopWorker.reset();
    for (std::size_t slot = std::size_t(m_lists->listedSlots()); slot < m_slots.size(); ++slot)
        m_lists->list(int(slot), textOf(m_slots[slot]), commonAbove());
}

void SearchTextIndex::cancelListing()
{
    if (!m_worker.valid())
        return;
    m_stopWorker->store(true, std::memory_order_relaxed);
    m_worker.get();
    m_stopWorker.reset();
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
    cancelListing(); // before the texts it reads move
    const std::vector<Chunk> oldChunks = std::move(m_chunks);
    const std::vector<Slot, LargePageAllocator<Slot>> oldSlots = std::move(m_slots);
    const QList<int> oldSlotOfRow = m_slotOfRow;
    reset(rowCount(), [&](int row) {
        const Slot &slot = oldSlots[std::size_t(oldSlotOfRow.at(row))];
        return QStringView(oldChunks[std::size_t(slot.chunk)].chars.data() + slot.offset,
                           slot.length)
            .toString();
    });
}

int SearchTextIndex::commonAbove() const
{
    return std::max(alwaysListedRows, rowCount() / 16);
}
