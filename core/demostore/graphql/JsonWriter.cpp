#include "core/demostore/graphql/JsonWriter.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace graphql {

namespace {

constexpr double kExactIntegers = 9007199254740992.0; // 2^53

void writeString(QStringView text, QByteArray *out)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    qsizetype i = 0;
    while (i < text.size()) {
        // The common case first: a run of plain printable ASCII, copied in one go.
        qsizetype end = i;
        while (end < text.size()) {
            const char16_t c = text[end].unicode();
            if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
                break;
            ++end;
        }
        if (end > i) {
            const qsizetype at = out->size();
            out->resize(at + (end - i));
            char *p = out->data() + at;
            for (qsizetype k = i; k < end; ++k)
                *p++ = char(text[k].unicode());
            i = end;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // A run of non-ASCII text goes through the UTF-8 encoder in one piece.
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out->append(text.mid(i, end - i).toUtf8());
            i = end;
            continue;
        }
        switch (c) {
        case u'"':
            out->append("\\\"");
            break;
        case u'\\':
            out->append("\\\\");
            break;
        case u'\b':
            out->append("\\b");
            break;
        case u'\f':
            out->append("\\f");
            break;
        case u'\n':
            out->append("\\n");
            break;
        case u'\r':
            out->append("\\r");
            break;
        case u'\t':
            out->append("\\t");
            break;
        default:
            out->append("\\u00");
            out->append(hex[c >> 4]);
            out->append(hex[c & 0xf]);
        }
        ++i;
    }
    out->append('"');
}

void writeDouble(double d, QByteArray *out)
{
    if (!std::isfinite(d)) {
        out->append("null");
    } else if (d == std::floor(d) && std::fabs(d) < kExactIntegers) {
        out->append(QByteArray::number(qint64(d)));
    } else {
        out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    }
}

void write(const QCborValue &value, QByteArray *out)
{
    switch (value.type()) {
    case QCborValue::Integer:
        out->append(QByteArray::number(value.toInteger()));
        break;
    case QCborValue::Double:
        writeDouble(value.toDouble(), out);
        break;
    case QCborValue::True:
        out->append("true");
        break;
    case QCborValue::False:
        out->append("false");
        break;
    case QCborValue::String:
        writeString(value.toString(), out);
        break;
    case QCborValue::Array: {
        out->append('[');
        const QCborArray array = value.toArray();
        bool first = true;
        for (const auto &item : array) {
            if (!first)
                out->append(',');
            first = false;
            write(item, out);
        }
        out->append(']');
        break;
    }
    case QCborValue::Map: {
        out->append('{');
        const QCborMap map = value.toMap();
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first)
                out->append(',');
            first = false;
            writeString(it.key().toString(), out);
            out->append(':');
            write(it.value(), out);
        }
        out->append('}');
        break;
    }
    default:
        out->append("null");
        break;
    }
}

} // namespace

QByteArray toJson(const QCborValue &value)
{
    QByteArray out;
    out.reserve(256);
    write(value, &out);
    return out;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    writeString(text, &out);
}

void appendJsonNumber(QByteArray &out, double number)
{
    writeDouble(number, &out);
}

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        writeDouble(value.toDouble(), &out);
        break;
    case QJsonValue::String:
        writeString(value.toString(), &out);
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const auto &item : value.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            appendJson(out, item);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            writeString(it.key(), &out);
            out.append(':');
            appendJson(out, it.value());
        }
        out.append('}');
        break;
    }
    default:
        out.append("null");
        break;
    }
}

} // namespace graphql
