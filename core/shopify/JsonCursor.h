#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <deque>

// Reads a JSON response strictly, as Shopify's schema promises it: a missing field, a wrong
// type or a null where null is not allowed is recorded once, with the path where it happened
// ("data.orders.nodes[3].lineItems"), and reading goes on with harmless defaults so a parser
// can be written straight through and checked at the end.
//
// The steps of every cursor's path live in the document's Problems, which the caller keeps
// for as long as it reads: a cursor is then a value and a pointer, a child may outlive its
// parent (as the elements of array() do in a range-for over a temporary), and reading a
// field allocates nothing for its path. (A shared_ptr per step was half the cost of reading
// a sync page: docs/benchmarks.md.)
class JsonCursor final
{
    // One step of the path from the root: a key, or an index into a list.
    struct Step
    {
        const Step *parent = nullptr;
        QLatin1StringView key;
        qsizetype index = -1;
    };

public:
    // The first problem found while reading, and the paths read, shared by every cursor of
    // one document. It must outlive them.
    class Problems final
    {
    public:
        Problems() = default;
        Problems(const Problems &) = delete;
        Problems &operator=(const Problems &) = delete;

        bool isEmpty() const { return m_first.isEmpty(); }
        QString first() const { return m_first; }
        void add(const QString &problem)
        {
            if (m_first.isEmpty())
                m_first = problem;
        }

    private:
        friend class JsonCursor;
        const Step *step(const Step *parent, QLatin1StringView key, qsizetype index)
        {
            // A deque never moves what it holds, so the pointers stay valid as it grows.
            return &m_steps.emplace_back(Step{parent, key, index});
        }

        QString m_first;
        std::deque<Step> m_steps;
    };

    JsonCursor(const QJsonValue &value, QLatin1StringView rootName, Problems *problems);

    JsonCursor field(QLatin1StringView key) const;
    // A field or list element whose value came apart from this cursor's own (the bulk JSONL
    // gives a connection's nodes as lines of their own): read with this path, as if nested.
    JsonCursor field(QLatin1StringView key, const QJsonValue &value) const;
    JsonCursor element(qsizetype index, const QJsonValue &value) const;
    bool isNull() const { return m_value.isNull() || m_value.isUndefined(); }

    // An object or null: false (without a problem) when null.
    bool isPresentObject() const;

    QString string() const;       // a string; never null
    QString stringOrNull() const; // a string or null (null reads as an empty string)
    qint64 integer() const;       // an integer-valued number
    int int32() const;            // a GraphQL Int: an integer within 32 bits
    bool boolean() const;
    QDateTime dateTime() const;       // an ISO 8601 string; never null
    QDateTime dateTimeOrNull() const; // invalid QDateTime for null
    QList<JsonCursor> array() const;  // a list; never null

    QString path() const;
    void fail(const QString &problem) const;

private:
    JsonCursor(const QJsonValue &value, const Step *step, Problems *problems);
    bool expect(bool ok, const char *what) const;

    QJsonValue m_value;
    const Step *m_step = nullptr;
    Problems *m_problems = nullptr;
};
