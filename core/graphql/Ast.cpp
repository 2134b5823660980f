#include "core/graphql/Ast.h"

namespace graphql {

const Argument *Selection::argument(QStringView argumentName) const
{
    for (const auto &a : arguments) {
        if (a.name == argumentName)
            return &a;
    }
    return nullptr;
}

QString TypeRef::toString() const
{
    QString text = isList() ? u'[' + ofType.front().toString() + u']' : name;
    if (nonNull)
        text += u'!';
    return text;
}

const VariableDefinition *OperationDefinition::variable(QStringView variableName) const
{
    for (const auto &v : variables) {
        if (v.name == variableName)
            return &v;
    }
    return nullptr;
}

} // namespace graphql
