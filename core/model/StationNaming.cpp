#include "core/model/StationNaming.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace StationNaming {

QString defaultStationName()
{
    const QString host = cleaned(QSysInfo::machineHostName());
    return host.isEmpty() ? u"localhost"_s : host;
}

QString cleaned(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result.append(c.isSpace() || c.category() == QChar::Other_Control ? u' ' : c);
    result = result.simplified();
    if (result.size() > kMaxLength) {
        qsizetype length = kMaxLength;
        if (result.at(length - 1).isHighSurrogate())
            --length;
        result = result.left(length).trimmed();
    }
    return result;
}

StationIdentity identity(const QString &station, const QString &packer)
{
    StationIdentity who{cleaned(station), cleaned(packer)};
    if (who.station.isEmpty())
        who.station = defaultStationName();
    return who;
}

} // namespace StationNaming
