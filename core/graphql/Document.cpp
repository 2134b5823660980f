#include "core/graphql/Document.h"

namespace graphql {

QStringList Document::operationNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_operations.size()));
    for (const auto &op : m_operations)
        names.append(op.name);
    return names;
}

const OperationDefinition *Document::operation(const QString &name) const
{
    if (name.isEmpty())
        return m_operations.size() == 1 ? &m_operations.front() : nullptr;
    for (const auto &op : m_operations) {
        if (op.name == name)
            return &op;
    }
    return nullptr;
}

const FragmentDefinition *Document::fragment(const QString &name) const
{
    const auto it = m_fragmentIndex.constFind(name);
    return it == m_fragmentIndex.cend() ? nullptr : &m_fragments[size_t(*it)];
}

bool Document::isMutation(const QString &operationName) const
{
    const OperationDefinition *op = operation(operationName);
    return op && op->type == OperationDefinition::Type::Mutation;
}

} // namespace graphql
