#include "core/graphql/Parser.h"

#include "core/graphql/Lexer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

namespace graphql {

QString SyntaxError::toString() const
{
    return QStringLiteral("line %1, column %2: %3")
        .arg(location.line)
        .arg(location.column)
        .arg(message);
}

// Recursive descent over the token stream, one token of lookahead. Every construct that
// nests (selection sets, list and object values, list types) passes through enter(), which
// refuses more than Document::maxDepth levels, so hostile input cannot exhaust the stack.
class Parser final
{
public:
    explicit Parser(QStringView text)
        : m_lexer(text)
    {}

    std::optional<Document> parseDocument(SyntaxError *error);

private:
    using Kind = Token::Kind;

    bool advance();
    bool fail(const QString &message, SourceLocation where);
    bool unexpected(const QString &expected);
    bool expect(Kind kind);
    bool expectName(QString *name);
    bool isKeyword(QStringView word) const
    {
        return m_token.kind == Kind::Name && m_token.text == word;
    }
    bool enter();
    void leave() { --m_depth; }

    bool parseDefinition(Document *document);
    bool parseOperation(OperationDefinition *operation);
    bool parseFragment(FragmentDefinition *fragment);
    bool parseVariableDefinitions(std::vector<VariableDefinition> *variables);
    bool parseType(TypeRef *type);
    bool parseDirectives(std::vector<Directive> *directives, bool isConst);
    bool parseArguments(std::vector<Argument> *arguments, bool isConst);
    bool parseSelectionSet(std::vector<Selection> *selections);
    bool parseSelection(Selection *selection);
    bool parseValue(Value *value, bool isConst);

    bool check(Document *document);

    Lexer m_lexer;
    Token m_token;
    SyntaxError m_error;
    int m_depth = 0;
};

bool Parser::advance()
{
    QString message;
    SourceLocation where;
    if (m_lexer.next(&m_token, &message, &where))
        return true;
    return fail(message, where);
}

bool Parser::fail(const QString &message, SourceLocation where)
{
    m_error = {message, where};
    return false;
}

bool Parser::unexpected(const QString &expected)
{
    QString found = Lexer::describe(m_token.kind);
    if (m_token.kind == Kind::Name)
        found = QStringLiteral("'%1'").arg(m_token.text);
    return fail(QStringLiteral("Expected %1, found %2").arg(expected, found), m_token.location);
}

bool Parser::expect(Kind kind)
{
    if (m_token.kind != kind)
        return unexpected(Lexer::describe(kind));
    return advance();
}

bool Parser::expectName(QString *name)
{
    if (m_token.kind != Kind::Name)
        return unexpected(QStringLiteral("a name"));
    *name = m_token.text;
    return advance();
}

bool Parser::enter()
{
    if (++m_depth > Document::maxDepth) {
        return fail(QStringLiteral("Nesting is too deep: more than %1 levels")
                        .arg(Document::maxDepth),
                    m_token.location);
    }
    return true;
}

std::optional<Document> Parser::parseDocument(SyntaxError *error)
{
    Document document;
    bool ok = advance();
    if (ok && m_token.kind == Kind::End)
        ok = fail(QStringLiteral("The document is empty: expected a query, mutation or fragment"),
                  m_token.location);
    while (ok && m_token.kind != Kind::End)
        ok = parseDefinition(&document);
    ok = ok && check(&document);
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    return document;
}

bool Parser::parseDefinition(Document *document)
{
    if (m_token.kind == Kind::BraceL || isKeyword(u"query") || isKeyword(u"mutation")
        || isKeyword(u"subscription")) {
        OperationDefinition operation;
        if (!parseOperation(&operation))
            return false;
        document->m_operations.push_back(std::move(operation));
        return true;
    }
    if (isKeyword(u"fragment")) {
        FragmentDefinition fragment;
        if (!parseFragment(&fragment))
            return false;
        document->m_fragments.push_back(std::move(fragment));
        return true;
    }
    if (m_token.kind == Kind::Name || m_token.kind == Kind::String) {
        return fail(QStringLiteral("Only queries, mutations, subscriptions and fragments can be "
                                   "executed; found %1")
                        .arg(m_token.kind == Kind::Name ? u'\'' + m_token.text + u'\''
                                                        : QStringLiteral("a description")),
                    m_token.location);
    }
    return unexpected(QStringLiteral("a query, mutation, subscription or fragment"));
}

bool Parser::parseOperation(OperationDefinition *operation)
{
    operation->location = m_token.location;
    if (m_token.kind == Kind::BraceL) {
        operation->type = OperationDefinition::Type::Query;
        return parseSelectionSet(&operation->selections);
    }
    if (m_token.text == u"mutation")
        operation->type = OperationDefinition::Type::Mutation;
    else if (m_token.text == u"subscription")
        operation->type = OperationDefinition::Type::Subscription;
    if (!advance())
        return false;
    if (m_token.kind == Kind::Name && !expectName(&operation->name))
        return false;
    if (m_token.kind == Kind::ParenL && !parseVariableDefinitions(&operation->variables))
        return false;
    return parseDirectives(&operation->directives, false)
           && parseSelectionSet(&operation->selections);
}

bool Parser::parseFragment(FragmentDefinition *fragment)
{
    fragment->location = m_token.location;
    if (!advance())
        return false;
    if (isKeyword(u"on"))
        return fail(QStringLiteral("A fragment cannot be named 'on'"), m_token.location);
    if (!expectName(&fragment->name))
        return false;
    if (!isKeyword(u"on"))
        return unexpected(QStringLiteral("'on'"));
    return advance() && expectName(&fragment->typeCondition)
           && parseDirectives(&fragment->directives, false)
           && parseSelectionSet(&fragment->selections);
}

bool Parser::parseVariableDefinitions(std::vector<VariableDefinition> *variables)
{
    if (!expect(Kind::ParenL))
        return false;
    if (m_token.kind == Kind::ParenR)
        return unexpected(QStringLiteral("a variable definition"));
    while (m_token.kind != Kind::ParenR) {
        VariableDefinition variable;
        variable.location = m_token.location;
        if (!expect(Kind::Dollar) || !expectName(&variable.name) || !expect(Kind::Colon)
            || !parseType(&variable.type)) {
            return false;
        }
        if (m_token.kind == Kind::Equals) {
            variable.hasDefaultValue = true;
            if (!advance() || !parseValue(&variable.defaultValue, true))
                return false;
        }
        std::vector<Directive> ignored;
        if (!parseDirectives(&ignored, true))
            return false;
        const bool duplicate = std::any_of(variables->cbegin(),
                                           variables->cend(),
                                           [&variable](const VariableDefinition &v) {
                                               return v.name == variable.name;
                                           });
        if (duplicate)
            return fail(QStringLiteral("The variable $%1 is defined twice").arg(variable.name),
                        variable.location);
        variables->push_back(std::move(variable));
    }
    return advance();
}

bool Parser::parseType(TypeRef *type)
{
    if (m_token.kind == Kind::BracketL) {
        if (!enter() || !advance())
            return false;
        type->ofType.emplace_back();
        if (!parseType(&type->ofType.front()) || !expect(Kind::BracketR))
            return false;
        leave();
    } else if (!expectName(&type->name)) {
        return false;
    }
    if (m_token.kind == Kind::Bang) {
        type->nonNull = true;
        return advance();
    }
    return true;
}

bool Parser::parseDirectives(std::vector<Directive> *directives, bool isConst)
{
    while (m_token.kind == Kind::At) {
        Directive directive;
        directive.location = m_token.location;
        if (!advance() || !expectName(&directive.name))
            return false;
        if (m_token.kind == Kind::ParenL && !parseArguments(&directive.arguments, isConst))
            return false;
        directives->push_back(std::move(directive));
    }
    return true;
}

bool Parser::parseArguments(std::vector<Argument> *arguments, bool isConst)
{
    if (!expect(Kind::ParenL))
        return false;
    if (m_token.kind == Kind::ParenR)
        return unexpected(QStringLiteral("an argument"));
    while (m_token.kind != Kind::ParenR) {
        Argument argument;
        argument.location = m_token.location;
        if (!expectName(&argument.name) || !expect(Kind::Colon)
            || !parseValue(&argument.value, isConst)) {
            return false;
        }
        const bool duplicate = std::any_of(arguments->cbegin(),
                                           arguments->cend(),
                                           [&argument](const Argument &a) {
                                               return a.name == argument.name;
                                           });
        if (duplicate)
            return fail(QStringLiteral("The argument '%1' is given twice").arg(argument.name),
                        argument.location);
        arguments->push_back(std::move(argument));
    }
    return advance();
}

bool Parser::parseSelectionSet(std::vector<Selection> *selections)
{
    if (m_token.kind != Kind::BraceL)
        return unexpected(QStringLiteral("'{'"));
    if (!enter() || !advance())
        return false;
    if (m_token.kind == Kind::BraceR)
        return unexpected(QStringLiteral("a field, a fragment spread or an inline fragment"));
    while (m_token.kind != Kind::BraceR) {
        Selection selection;
        if (!parseSelection(&selection))
            return false;
        selections->push_back(std::move(selection));
    }
    leave();
    return advance();
}

bool Parser::parseSelection(Selection *selection)
{
    selection->location = m_token.location;
    if (m_token.kind == Kind::Spread) {
        if (!advance())
            return false;
        if (m_token.kind == Kind::Name && m_token.text != u"on") {
            selection->kind = Selection::Kind::FragmentSpread;
            return expectName(&selection->name) && parseDirectives(&selection->directives, false);
        }
        selection->kind = Selection::Kind::InlineFragment;
        if (isKeyword(u"on") && (!advance() || !expectName(&selection->typeCondition)))
            return false;
        return parseDirectives(&selection->directives, false)
               && parseSelectionSet(&selection->selections);
    }
    selection->kind = Selection::Kind::Field;
    if (m_token.kind != Kind::Name)
        return unexpected(QStringLiteral("a field, a fragment spread or an inline fragment"));
    if (!expectName(&selection->name))
        return false;
    if (m_token.kind == Kind::Colon) {
        selection->alias = selection->name;
        if (!advance() || !expectName(&selection->name))
            return false;
    }
    if (m_token.kind == Kind::ParenL && !parseArguments(&selection->arguments, false))
        return false;
    if (!parseDirectives(&selection->directives, false))
        return false;
    if (m_token.kind == Kind::BraceL)
        return parseSelectionSet(&selection->selections);
    return true;
}

bool Parser::parseValue(Value *value, bool isConst)
{
    value->location = m_token.location;
    switch (m_token.kind) {
    case Kind::Dollar:
        if (isConst)
            return fail(QStringLiteral(
                            "A variable cannot be used here: the value must be constant"),
                        m_token.location);
        value->kind = Value::Kind::Variable;
        return advance() && expectName(&value->text);
    case Kind::Int:
        value->kind = Value::Kind::Int;
        value->text = m_token.text;
        return advance();
    case Kind::Float:
        value->kind = Value::Kind::Float;
        value->text = m_token.text;
        return advance();
    case Kind::String:
        value->kind = Value::Kind::String;
        value->text = m_token.text;
        return advance();
    case Kind::Name:
        if (m_token.text == u"true" || m_token.text == u"false") {
            value->kind = Value::Kind::Boolean;
            value->boolean = m_token.text == u"true";
        } else if (m_token.text == u"null") {
            value->kind = Value::Kind::Null;
        } else {
            value->kind = Value::Kind::Enum;
            value->text = m_token.text;
        }
        return advance();
    case Kind::BracketL:
        value->kind = Value::Kind::List;
        if (!enter() || !advance())
            return false;
        while (m_token.kind != Kind::BracketR) {
            Value item;
            if (!parseValue(&item, isConst))
                return false;
            value->list.push_back(std::move(item));
        }
        leave();
        return advance();
    case Kind::BraceL:
        value->kind = Value::Kind::Object;
        if (!enter() || !advance())
            return false;
        while (m_token.kind != Kind::BraceR) {
            QString name;
            const SourceLocation at = m_token.location;
            if (!expectName(&name) || !expect(Kind::Colon))
                return false;
            Value field;
            if (!parseValue(&field, isConst))
                return false;
            const bool duplicate = std::any_of(value->object.cbegin(),
                                               value->object.cend(),
                                               [&name](const auto &f) { return f.first == name; });
            if (duplicate)
                return fail(QStringLiteral("The input field '%1' is given twice").arg(name), at);
            value->object.push_back({name, std::move(field)});
        }
        leave();
        return advance();
    default:
        return unexpected(QStringLiteral("a value"));
    }
}

namespace {

// The spreads of a selection tree, and how deep it nests counting a spread as one level
// (the spread fragment's own depth is added once known).
struct FragmentUse
{
    QString name;
    int depth; // levels above the spread, the spread included
    SourceLocation location;
};

int localDepth(const std::vector<Selection> &selections, int level, std::vector<FragmentUse> *uses)
{
    int deepest = level;
    for (const auto &s : selections) {
        if (s.kind == Selection::Kind::FragmentSpread) {
            uses->push_back({s.name, level + 1, s.location});
            deepest = std::max(deepest, level + 1);
        } else {
            deepest = std::max(deepest, localDepth(s.selections, level + 1, uses));
        }
    }
    return deepest;
}

} // namespace

bool Parser::check(Document *document)
{
    auto &operations = document->m_operations;
    auto &fragments = document->m_fragments;
    for (size_t i = 0; i < operations.size(); ++i) {
        const auto &op = operations[i];
        if (op.name.isEmpty() && operations.size() > 1)
            return fail(QStringLiteral("An anonymous operation must be the only operation in the "
                                       "document"),
                        op.location);
        for (size_t j = 0; j < i; ++j) {
            if (operations[j].name == op.name)
                return fail(QStringLiteral("There are two operations named '%1'").arg(op.name),
                            op.location);
        }
    }
    if (operations.empty()) {
        return fail(QStringLiteral("The document has fragments but no operation"),
                    fragments.empty() ? SourceLocation{1, 1} : fragments.front().location);
    }
    for (size_t i = 0; i < fragments.size(); ++i) {
        if (document->m_fragmentIndex.contains(fragments[i].name))
            return fail(QStringLiteral("There are two fragments named '%1'").arg(fragments[i].name),
                        fragments[i].location);
        document->m_fragmentIndex.insert(fragments[i].name, qsizetype(i));
    }

    // Fragment depths in dependency order (Kahn's algorithm, no recursion over fragments):
    // a fragment is measured once every fragment it spreads has been. What is left at the end
    // spreads itself through a cycle.
    const size_t count = fragments.size();
    std::vector<std::vector<FragmentUse>> uses(count);
    std::vector<int> ownDepth(count);
    std::vector<int> depth(count, -1);
    std::vector<int> waitingFor(count, 0);
    std::vector<std::vector<size_t>> dependents(count);
    for (size_t i = 0; i < count; ++i) {
        ownDepth[i] = localDepth(fragments[i].selections, 0, &uses[i]);
        QSet<qsizetype> targets;
        for (const auto &use : uses[i]) {
            const auto it = document->m_fragmentIndex.constFind(use.name);
            if (it == document->m_fragmentIndex.cend())
                return fail(QStringLiteral("Fragment '%1' is not defined").arg(use.name),
                            use.location);
            if (!targets.contains(*it)) {
                targets.insert(*it);
                dependents[size_t(*it)].push_back(i);
            }
        }
        waitingFor[i] = int(targets.size());
    }
    std::deque<size_t> ready;
    for (size_t i = 0; i < count; ++i) {
        if (waitingFor[i] == 0)
            ready.push_back(i);
    }
    while (!ready.empty()) {
        const size_t i = ready.front();
        ready.pop_front();
        int d = ownDepth[i];
        for (const auto &use : uses[i])
            d = std::max(d, use.depth + depth[size_t(document->m_fragmentIndex.value(use.name))]);
        // Saturate: only "more than maxDepth" matters, and long chains must not overflow.
        depth[i] = std::min(d, Document::maxDepth + 1);
        for (size_t dependent : dependents[i]) {
            if (--waitingFor[dependent] == 0)
                ready.push_back(dependent);
        }
    }
    for (size_t i = 0; i < count; ++i) {
        if (depth[i] < 0)
            return fail(QStringLiteral("Fragment '%1' spreads itself, directly or through other "
                                       "fragments")
                            .arg(fragments[i].name),
                        fragments[i].location);
        if (depth[i] > Document::maxDepth)
            return fail(QStringLiteral("Fragment '%1' nests more than %2 levels deep once the "
                                       "fragments it spreads are expanded")
                            .arg(fragments[i].name)
                            .arg(Document::maxDepth),
                        fragments[i].location);
    }
    for (const auto &op : operations) {
        std::vector<FragmentUse> opUses;
        int d = localDepth(op.selections, 0, &opUses);
        for (const auto &use : opUses) {
            const auto it = document->m_fragmentIndex.constFind(use.name);
            if (it == document->m_fragmentIndex.cend())
                return fail(QStringLiteral("Fragment '%1' is not defined").arg(use.name),
                            use.location);
            d = std::max(d, use.depth + depth[size_t(*it)]);
        }
        if (d > Document::maxDepth)
            return fail(QStringLiteral("The operation nests more than %1 levels deep once "
                                       "fragments are expanded")
                            .arg(Document::maxDepth),
                        op.location);
    }
    return true;
}

std::optional<Document> parse(QStringView text, SyntaxError &error)
{
    Parser parser(text);
    return parser.parseDocument(&error);
}

std::optional<Document> parse(QStringView text, QString *error)
{
    SyntaxError syntaxError;
    auto document = parse(text, syntaxError);
    if (!document && error)
        *error = syntaxError.toString();
    return document;
}

} // namespace graphql
