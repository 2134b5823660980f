// The demo store's query input (and the client's pricing of its own operations): any text as
// a GraphQL document, parsed and, when it parses, priced with Shopify's cost rules for every
// operation in it. A line "#variables {...}" (a GraphQL comment, so the document stays valid)
// gives the variables, which choose the page sizes the price depends on.

#include "tests/fuzz/FuzzSupport.h"

#include "core/graphql/Parser.h"
#include "core/graphql/QueryCost.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject variablesOf(const QString &text)
{
    const QLatin1StringView marker("#variables ");
    const qsizetype at = text.lastIndexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    qsizetype to = text.indexOf(u'\n', from);
    if (to < 0)
        to = text.size();
    return QJsonDocument::fromJson(text.mid(from, to - from).toUtf8()).object();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::utf8Text(data, size);
    graphql::SyntaxError error;
    const std::optional<graphql::Document> document = graphql::parse(text, error);
    if (!document) {
        (void) error.toString();
        return 0;
    }
    const QJsonObject variables = variablesOf(text);
    for (const QString &name : document->operationNames())
        (void) graphql::requestedCost(*document, name, variables);
    (void) graphql::requestedCost(*document, QString(), variables);
    return 0;
}
