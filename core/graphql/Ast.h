#pragma once

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

// The syntax tree of an executable GraphQL document (October 2021 spec), as the parser builds
// it. Plain values: the parser fills them, everything else only reads them. Children are held
// in std::vector because the node types are recursive.

namespace graphql {

// Where a node starts in the source text, 1-based, counted in UTF-16 code units.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

struct ObjectField;

struct Value
{
    enum class Kind { Null, Variable, Int, Float, String, Boolean, Enum, List, Object };

    Kind kind = Kind::Null;
    QString text; // variable name, number as written, string contents, or enum name
    bool boolean = false;
    std::vector<Value> list;
    std::vector<ObjectField> object; // in source order
    SourceLocation location;
};

// One field of an object value, shaped like std::pair<QString, Value>, which cannot be
// instantiated while Value is incomplete (undefined behaviour; clang with libstdc++ refuses).
struct ObjectField
{
    QString first; // the field's name
    Value second;
};

struct Argument
{
    QString name;
    Value value;
    SourceLocation location;
};

struct Directive
{
    QString name;
    std::vector<Argument> arguments;
    SourceLocation location;
};

// A field, a fragment spread or an inline fragment: one struct for the three, so selection
// sets are a single vector in source order.
struct Selection
{
    enum class Kind { Field, FragmentSpread, InlineFragment };

    Kind kind = Kind::Field;
    QString alias;         // fields only; empty when none
    QString name;          // the field's name, or the spread fragment's name
    QString typeCondition; // inline fragments only; empty when none
    std::vector<Argument> arguments;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    SourceLocation location;

    QString responseKey() const { return alias.isEmpty() ? name : alias; }
    const Argument *argument(QStringView argumentName) const;
};

// A type as written in a variable definition: a named type or a list of one, maybe non-null.
struct TypeRef
{
    QString name;                // empty for a list type
    std::vector<TypeRef> ofType; // the item type of a list type: exactly one element
    bool nonNull = false;

    bool isList() const { return !ofType.empty(); }
    // As written in GraphQL: "[ID!]!".
    QString toString() const;
};

struct VariableDefinition
{
    QString name; // without the $
    TypeRef type;
    bool hasDefaultValue = false;
    Value defaultValue;
    SourceLocation location;
};

struct OperationDefinition
{
    enum class Type { Query, Mutation, Subscription };

    Type type = Type::Query;
    QString name; // empty for an anonymous operation
    std::vector<VariableDefinition> variables;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    SourceLocation location;

    const VariableDefinition *variable(QStringView variableName) const;
};

struct FragmentDefinition
{
    QString name;
    QString typeCondition;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    SourceLocation location;
};

} // namespace graphql
