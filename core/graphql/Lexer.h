#pragma once

#include "core/graphql/Ast.h"

#include <QString>
#include <QStringView>

namespace graphql {

struct Token
{
    enum class Kind {
        End,
        Bang,
        Dollar,
        Amp,
        ParenL,
        ParenR,
        Spread,
        Colon,
        Equals,
        At,
        BracketL,
        BracketR,
        BraceL,
        BraceR,
        Pipe,
        Name,
        Int,
        Float,
        String,
    };

    Kind kind = Kind::End;
    QString text; // names and numbers as written; strings with escapes resolved
    SourceLocation location;
};

// Splits GraphQL source text into tokens, skipping what the spec ignores (white space, line
// ends, commas, comments, a byte order mark). Used only by the Parser.
class Lexer final
{
public:
    explicit Lexer(QStringView text);

    // Reads the next token. On bad input returns false and sets the message and where.
    bool next(Token *token, QString *error, SourceLocation *errorLocation);

    // How a token kind reads in an error message: "'{'", "a name", "end of document".
    static QString describe(Token::Kind kind);

private:
    QChar peek(qsizetype offset = 0) const;
    SourceLocation here() const;
    void skipIgnored();
    void newLine(qsizetype nextLineStart);
    bool fail(const QString &message,
              SourceLocation where,
              QString *error,
              SourceLocation *errorLocation) const;
    bool readNumber(Token *token, QString *error, SourceLocation *errorLocation);
    bool readString(Token *token, QString *error, SourceLocation *errorLocation);
    bool readBlockString(Token *token, QString *error, SourceLocation *errorLocation);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace graphql
