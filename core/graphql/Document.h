#pragma once

#include "core/graphql/Ast.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace graphql {

// A parsed and checked executable document: its operations and fragments. parse() only
// returns documents whose fragments all exist, do not spread themselves, and whose
// selections nest at most Document::maxDepth levels once fragments are expanded, so code that
// walks a Document needs no guards of its own against cycles or runaway recursion.
class Document final
{
public:
    static constexpr int maxDepth = 64;

    const std::vector<OperationDefinition> &operations() const { return m_operations; }
    const std::vector<FragmentDefinition> &fragments() const { return m_fragments; }

    // Operation names in document order; an anonymous operation is listed as "".
    QStringList operationNames() const;
    // The named operation; with an empty name the document's only operation. Null when there
    // is no such operation (or the name is empty and there are several).
    const OperationDefinition *operation(const QString &name) const;
    const FragmentDefinition *fragment(const QString &name) const;
    bool isMutation(const QString &operationName) const;

private:
    friend class Parser;

    std::vector<OperationDefinition> m_operations;
    std::vector<FragmentDefinition> m_fragments;
    QHash<QString, qsizetype> m_fragmentIndex;
};

} // namespace graphql
