#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace graphql {

// A field's type as the schema writes it ("[LineItem!]!"), read for what the executor needs:
// whether the field may be null, whether it is a list, and whether the list's elements may be.
struct FieldType
{
    QString namedType; // "LineItem"
    bool nonNull = false;
    bool list = false;
    bool itemNonNull = false;

    // "String", "Order!", "[Node]!", "[String!]"; nothing sensible for anything else.
    static FieldType parse(QStringView schemaType);
    // Back as the schema writes it.
    QString toString() const;
};

// The types of object fields, from the schema, as far as an executor without the schema needs
// them: a field error nulls the nearest field that may be null (GraphQL's rule), so the
// executor must know which may not. A field the table does not list may be null.
class FieldTypes final
{
public:
    void add(const QString &objectType, const QString &field, QStringView schemaType);
    // The field's type; a nullable one of no name when it is not listed.
    FieldType type(const QString &objectType, const QString &field) const;
    bool contains(const QString &objectType, const QString &field) const;
    // Every listed field by object type, for checks against the schema.
    const QHash<QString, QHash<QString, FieldType>> &all() const { return m_types; }

private:
    QHash<QString, QHash<QString, FieldType>> m_types;
};

} // namespace graphql
