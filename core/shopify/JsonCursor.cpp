#include "core/shopify/JsonCursor.h"

#include "core/shopify/IsoDateTime.h"

#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <limits>

JsonCursor::JsonCursor(const QJsonValue &value, QLatin1StringView rootName, Problems *problems)
    : m_value(value)
    , m_step(problems->step(nullptr, rootName, -1))
    , m_problems(problems)
{}

JsonCursor::JsonCursor(const QJsonValue &value, const Step *step, Problems *problems)
    : m_value(value)
    , m_step(step)
    , m_problems(problems)
{}

QString JsonCursor::path() const
{
    QStringList parts;
    for (const Step *step = m_step; step; step = step->parent) {
        if (step->index >= 0)
            parts.prepend(u'[' + QString::number(step->index) + u']');
        else
            parts.prepend((step->parent ? QStringLiteral(".") : QString()) + step->key);
    }
    return parts.join(QString());
}

void JsonCursor::fail(const QString &problem) const
{
    m_problems->add(path() + QStringLiteral(": ") + problem);
}

bool JsonCursor::expect(bool ok, const char *what) const
{
    if (!ok) {
        const QString found = m_value.isUndefined() ? QStringLiteral("missing")
                              : m_value.isNull()    ? QStringLiteral("null")
                              : m_value.isString()  ? QStringLiteral("a string")
                              : m_value.isDouble()  ? QStringLiteral("a number")
                              : m_value.isBool()    ? QStringLiteral("a boolean")
                              : m_value.isArray()   ? QStringLiteral("a list")
                                                    : QStringLiteral("an object");
        fail(QStringLiteral("expected %1, found %2").arg(QLatin1StringView(what), found));
    }
    return ok;
}

JsonCursor JsonCursor::field(QLatin1StringView key) const
{
    if (!m_value.isObject()) {
        // Report the parent once; the child then reads as missing without a second report.
        expect(false, "an object");
        return JsonCursor(QJsonValue(QJsonValue::Undefined),
                          m_problems->step(m_step, key, -1),
                          m_problems);
    }
    // value() reads a missing key as undefined, which reports as "missing".
    return JsonCursor(m_value.toObject().value(key), m_problems->step(m_step, key, -1), m_problems);
}

JsonCursor JsonCursor::field(QLatin1StringView key, const QJsonValue &value) const
{
    return JsonCursor(value, m_problems->step(m_step, key, -1), m_problems);
}

JsonCursor JsonCursor::element(qsizetype index, const QJsonValue &value) const
{
    return JsonCursor(value, m_problems->step(m_step, {}, index), m_problems);
}

bool JsonCursor::isPresentObject() const
{
    if (m_value.isNull())
        return false;
    return expect(m_value.isObject(), "an object or null");
}

QString JsonCursor::string() const
{
    return expect(m_value.isString(), "a string") ? m_value.toString() : QString();
}

QString JsonCursor::stringOrNull() const
{
    if (m_value.isNull())
        return {};
    return expect(m_value.isString(), "a string or null") ? m_value.toString() : QString();
}

qint64 JsonCursor::integer() const
{
    if (!expect(m_value.isDouble(), "an integer"))
        return 0;
    const double number = m_value.toDouble();
    // Doubles hold integers exactly up to 2^53, far beyond any quantity or count.
    if (number != std::floor(number) || std::fabs(number) > 9007199254740992.0) {
        fail(QStringLiteral("expected an integer, found %1").arg(number));
        return 0;
    }
    return static_cast<qint64>(number);
}

int JsonCursor::int32() const
{
    // GraphQL's Int is 32 bits: a bigger number is a broken answer, not one to cut short.
    const qint64 number = integer();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        fail(QStringLiteral("expected an integer within 32 bits, found %1").arg(number));
        return 0;
    }
    return int(number);
}

bool JsonCursor::boolean() const
{
    return expect(m_value.isBool(), "a boolean") && m_value.toBool();
}

QDateTime JsonCursor::dateTime() const
{
    if (!expect(m_value.isString(), "a date and time"))
        return {};
    const QString text = m_value.toString();
    if (const std::optional<QDateTime> fast = IsoDateTime::parseUtc(text))
        return *fast;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        fail(QStringLiteral("expected an ISO 8601 date and time, found \"%1\"").arg(text.left(40)));
        return {};
    }
    return parsed.toUTC();
}

QDateTime JsonCursor::dateTimeOrNull() const
{
    if (m_value.isNull())
        return {};
    return dateTime();
}

QList<JsonCursor> JsonCursor::array() const
{
    QList<JsonCursor> items;
    if (!expect(m_value.isArray(), "a list"))
        return items;
    const QJsonArray array = m_value.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        items.append(JsonCursor(array.at(i), m_problems->step(m_step, {}, i), m_problems));
    return items;
}
