// The answer to "Test connection" (the ConnectionCheck query): the shop's name and domain and
// the access scopes granted to the app, read into the report the connect dialog shows, which
// must list every needed scope the answer lacks, and no other.

#include "tests/fuzz/FuzzSupport.h"

#include "core/shopify/AccessScopes.h"
#include "core/shopify/ConnectionTester.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject answer = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const ConnectionTester::Report report = ConnectionTester::readAnswer(
        answer.value(QLatin1StringView("data")).toObject());
    // A needed scope is missing exactly when neither it nor its write_ form (which Shopify
    // grants with the read) was granted.
    for (const QString &scope : AccessScopes::required()) {
        QString write = scope;
        if (write.startsWith(QLatin1StringView("read_")))
            write.replace(0, 4, QLatin1StringView("write"));
        const bool granted = report.grantedScopes.contains(scope)
                             || report.grantedScopes.contains(write);
        if (granted == report.missingScopes.contains(scope))
            std::abort();
    }
    (void) report.error.kindName();
    return 0;
}
