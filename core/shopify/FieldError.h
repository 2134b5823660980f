#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One entry of a GraphQL answer's `errors` that came with usable `data`: Shopify denied or
// could not resolve one field (most often protected customer data), answered null there and
// sent everything else. The path names the field ("orders", "nodes", "3", "email"), list
// indexes written as numbers.
struct FieldError
{
    QString message;
    QStringList path;
    QString code; // extensions.code, such as ACCESS_DENIED; empty when Shopify gave none

    // True when the path starts with these steps.
    bool isUnder(const QStringList &prefix) const
    {
        if (path.size() < prefix.size())
            return false;
        for (qsizetype i = 0; i < prefix.size(); ++i) {
            if (path.at(i) != prefix.at(i))
                return false;
        }
        return true;
    }
    QString pathText() const { return path.join(u'.'); }

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;
