#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <memory>

// Reads a JSON response strictly, as Shopify's schema promises it: a missing field, a wrong
// type or a null where null is not allowed is recorded once, with the path where it happened
// ("data.orders.nodes[3].lineItems"), and reading goes on with harmless defaults so a parser
// can be written straight through and checked at the end.
//
// Cursors share the chain of keys that leads to them, so a child may outlive its parent
// (as the elements of array() do in a range-for over a temporary).
class JsonCursor final
{
public:
    // The first problem found while reading, shared by every cursor of one document.
    class Problems final
    {
    public:
        bool isEmpty() const { return m_first.isEmpty(); }
        QString first() const { return m_first; }
        void add(const QString &problem)
        {
            if (m_first.isEmpty())
                m_first = problem;
        }

    private:
        QString m_first;
    };

    JsonCursor(const QJsonValue &value, QLatin1StringView rootName, Problems *problems);

    JsonCursor field(QLatin1StringView key) const;
    bool isNull() const { return m_value.isNull() || m_value.isUndefined(); }

    // An object or null: false (without a problem) when null.
    bool isPresentObject() const;

    QString string() const;       // a string; never null
    QString stringOrNull() const; // a string or null (null reads as an empty string)
    qint64 integer() const;       // an integer-valued number
    bool boolean() const;
    QDateTime dateTime() const;       // an ISO 8601 string; never null
    QDateTime dateTimeOrNull() const; // invalid QDateTime for null
    QList<JsonCursor> array() const;  // a list; never null

    QString path() const;
    void fail(const QString &problem) const;

private:
    // One step of the path from the root: a key, or an index into a list.
    struct Step
    {
        std::shared_ptr<const Step> parent;
        QLatin1StringView key;
        qsizetype index = -1;
    };

    JsonCursor(const QJsonValue &value, std::shared_ptr<const Step> step, Problems *problems);
    bool expect(bool ok, const char *what) const;

    QJsonValue m_value;
    std::shared_ptr<const Step> m_step;
    Problems *m_problems = nullptr;
};
