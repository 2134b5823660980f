#pragma once

#include "core/graphql/Document.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace graphql {

struct SyntaxError
{
    QString message;
    SourceLocation location;

    // "line 3, column 14: Expected ':', found a name"
    QString toString() const;
};

// Parses an executable GraphQL document (October 2021 spec): operations, fragments,
// variables, directives, every literal kind. Then checks what every consumer relies on: each
// spread fragment exists, no fragment spreads itself, operation and fragment names are
// unique, a shorthand query stands alone, and nothing nests deeper than Document::maxDepth.
// Never throws and never recurses without bound, whatever the input.
std::optional<Document> parse(QStringView text, SyntaxError &error);
// The same, with the error as "line L, column C: message".
std::optional<Document> parse(QStringView text, QString *error = nullptr);

} // namespace graphql
