#include "print/PrintSettings.h"

using namespace Qt::StringLiterals;

namespace PaperKeys {

QList<Paper> all()
{
    return {Paper::A4, Paper::Letter, Paper::A6, Paper::Label4x6};
}

QString key(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return u"a4"_s;
    case Paper::Letter:
        return u"letter"_s;
    case Paper::A6:
        return u"a6"_s;
    case Paper::Label4x6:
        return u"4x6"_s;
    }
    return {};
}

std::optional<Paper> fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const Paper paper : all()) {
        if (PaperKeys::key(paper) == wanted)
            return paper;
    }
    return std::nullopt;
}

} // namespace PaperKeys
