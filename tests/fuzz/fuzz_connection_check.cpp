// The answer to "Test connection" (the ConnectionCheck query): the shop's name and domain and
// the access scopes granted to the app, read into the report the connect dialog shows, which
// must say what is wrong with a broken answer and list every needed scope it lacks.

#include "FuzzSupport.h"

#include "shopify/AccessScopes.h"
#include "shopify/ConnectionTester.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject answer = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const ConnectionTester::Report report = ConnectionTester::readAnswer(
        answer.value(QLatin1StringView("data")).toObject());
    for (const QString &scope : AccessScopes::required()) {
        if (!report.grantedScopes.contains(scope) && !report.missingScopes.contains(scope))
            std::abort();
    }
    (void) report.error.kindName();
    return 0;
}
