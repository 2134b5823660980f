#include "core/demostore/graphql/FieldTypes.h"

namespace graphql {

FieldType FieldType::parse(QStringView schemaType)
{
    FieldType type;
    QStringView rest = schemaType.trimmed();
    if (rest.endsWith(u'!')) {
        type.nonNull = true;
        rest.chop(1);
    }
    if (rest.startsWith(u'[') && rest.endsWith(u']')) {
        type.list = true;
        rest = rest.mid(1, rest.size() - 2);
        if (rest.endsWith(u'!')) {
            type.itemNonNull = true;
            rest.chop(1);
        }
    }
    type.namedType = rest.toString();
    return type;
}

QString FieldType::toString() const
{
    QString text = namedType;
    if (list) {
        if (itemNonNull)
            text += u'!';
        text = u'[' + text + u']';
    }
    if (nonNull)
        text += u'!';
    return text;
}

void FieldTypes::add(const QString &objectType, const QString &field, QStringView schemaType)
{
    m_types[objectType].insert(field, FieldType::parse(schemaType));
}

FieldType FieldTypes::type(const QString &objectType, const QString &field) const
{
    const auto object = m_types.constFind(objectType);
    if (object == m_types.cend())
        return {};
    return object->value(field);
}

bool FieldTypes::contains(const QString &objectType, const QString &field) const
{
    const auto object = m_types.constFind(objectType);
    return object != m_types.cend() && object->contains(field);
}

} // namespace graphql
