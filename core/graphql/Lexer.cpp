#include "core/graphql/Lexer.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace graphql {

namespace {

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isNameContinue(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// How a character reads in an error message, also when it is invisible.
QString printable(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace() || !c.isPrint())
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return u'\'' + QString(c) + u'\'';
}

// The spec's BlockStringValue(): strips the common indentation and blank first/last lines.
QString blockStringValue(const QString &raw)
{
    QStringList lines;
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == u'\n' || raw[i] == u'\r') {
                lines.append(raw.mid(start, i - start));
                if (raw[i] == u'\r' && i + 1 < raw.size() && raw[i + 1] == u'\n')
                    ++i;
                start = i + 1;
            }
        }
        lines.append(raw.mid(start));
    }
    auto indentOf = [](const QString &line) {
        qsizetype n = 0;
        while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
            ++n;
        return n;
    };
    std::optional<qsizetype> common;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype indent = indentOf(lines[i]);
        if (indent < lines[i].size() && (!common || indent < *common))
            common = indent;
    }
    if (common) {
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i].remove(0, *common);
    }
    auto blank = [&indentOf](const QString &line) { return indentOf(line) == line.size(); };
    while (!lines.isEmpty() && blank(lines.first()))
        lines.removeFirst();
    while (!lines.isEmpty() && blank(lines.last()))
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

Lexer::Lexer(QStringView text)
    : m_text(text)
{}

QChar Lexer::peek(qsizetype offset) const
{
    const qsizetype at = m_pos + offset;
    return at < m_text.size() ? m_text[at] : QChar();
}

SourceLocation Lexer::here() const
{
    return {m_line, int(m_pos - m_lineStart + 1)};
}

void Lexer::newLine(qsizetype nextLineStart)
{
    ++m_line;
    m_lineStart = nextLineStart;
}

bool Lexer::fail(const QString &message,
                 SourceLocation where,
                 QString *error,
                 SourceLocation *errorLocation) const
{
    if (error)
        *error = message;
    if (errorLocation)
        *errorLocation = where;
    return false;
}

void Lexer::skipIgnored()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == u' ' || c == u'\t' || c == u',' || c.unicode() == 0xfeff) {
            ++m_pos;
        } else if (c == u'\n') {
            ++m_pos;
            newLine(m_pos);
        } else if (c == u'\r') {
            ++m_pos;
            if (peek() == u'\n')
                ++m_pos;
            newLine(m_pos);
        } else if (c == u'#') {
            while (m_pos < m_text.size() && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

bool Lexer::next(Token *token, QString *error, SourceLocation *errorLocation)
{
    skipIgnored();
    token->text.clear();
    token->location = here();
    if (m_pos >= m_text.size()) {
        token->kind = Token::Kind::End;
        return true;
    }
    const QChar c = m_text[m_pos];
    auto punctuator = [this, token](Token::Kind kind, int length) {
        token->kind = kind;
        m_pos += length;
        return true;
    };
    switch (c.unicode()) {
    case u'!':
        return punctuator(Token::Kind::Bang, 1);
    case u'$':
        return punctuator(Token::Kind::Dollar, 1);
    case u'&':
        return punctuator(Token::Kind::Amp, 1);
    case u'(':
        return punctuator(Token::Kind::ParenL, 1);
    case u')':
        return punctuator(Token::Kind::ParenR, 1);
    case u':':
        return punctuator(Token::Kind::Colon, 1);
    case u'=':
        return punctuator(Token::Kind::Equals, 1);
    case u'@':
        return punctuator(Token::Kind::At, 1);
    case u'[':
        return punctuator(Token::Kind::BracketL, 1);
    case u']':
        return punctuator(Token::Kind::BracketR, 1);
    case u'{':
        return punctuator(Token::Kind::BraceL, 1);
    case u'}':
        return punctuator(Token::Kind::BraceR, 1);
    case u'|':
        return punctuator(Token::Kind::Pipe, 1);
    case u'.':
        if (peek(1) == u'.' && peek(2) == u'.')
            return punctuator(Token::Kind::Spread, 3);
        return fail(QStringLiteral("Unexpected '.': a spread is written '...'"),
                    here(),
                    error,
                    errorLocation);
    case u'"':
        if (peek(1) == u'"' && peek(2) == u'"')
            return readBlockString(token, error, errorLocation);
        return readString(token, error, errorLocation);
    default:
        break;
    }
    if (isNameStart(c)) {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameContinue(m_text[m_pos]))
            ++m_pos;
        token->kind = Token::Kind::Name;
        token->text = m_text.mid(start, m_pos - start).toString();
        return true;
    }
    if (c == u'-' || isDigit(c))
        return readNumber(token, error, errorLocation);
    return fail(QStringLiteral("Unexpected character %1").arg(printable(c)),
                here(),
                error,
                errorLocation);
}

bool Lexer::readNumber(Token *token, QString *error, SourceLocation *errorLocation)
{
    const SourceLocation start = here();
    const qsizetype begin = m_pos;
    if (peek() == u'-')
        ++m_pos;
    if (peek() == u'0') {
        ++m_pos;
        if (isDigit(peek()))
            return fail(QStringLiteral(
                            "Invalid number: a number cannot start with 0 unless it is 0"),
                        here(),
                        error,
                        errorLocation);
    } else if (isDigit(peek())) {
        while (isDigit(peek()))
            ++m_pos;
    } else {
        return fail(QStringLiteral("Invalid number: expected a digit after '-', found %1")
                        .arg(m_pos < m_text.size() ? printable(peek()) : QStringLiteral("the end")),
                    here(),
                    error,
                    errorLocation);
    }
    bool isFloat = false;
    if (peek() == u'.') {
        isFloat = true;
        ++m_pos;
        if (!isDigit(peek()))
            return fail(QStringLiteral("Invalid number: expected a digit after '.'"),
                        here(),
                        error,
                        errorLocation);
        while (isDigit(peek()))
            ++m_pos;
    }
    if (peek() == u'e' || peek() == u'E') {
        isFloat = true;
        ++m_pos;
        if (peek() == u'+' || peek() == u'-')
            ++m_pos;
        if (!isDigit(peek()))
            return fail(QStringLiteral("Invalid number: expected a digit in the exponent"),
                        here(),
                        error,
                        errorLocation);
        while (isDigit(peek()))
            ++m_pos;
    }
    if (peek() == u'.' || isNameStart(peek()))
        return fail(QStringLiteral("Invalid number: unexpected %1 after it").arg(printable(peek())),
                    here(),
                    error,
                    errorLocation);
    token->kind = isFloat ? Token::Kind::Float : Token::Kind::Int;
    token->text = m_text.mid(begin, m_pos - begin).toString();
    token->location = start;
    return true;
}

bool Lexer::readString(Token *token, QString *error, SourceLocation *errorLocation)
{
    const SourceLocation start = here();
    ++m_pos; // the opening quote
    QString value;
    while (true) {
        if (m_pos >= m_text.size() || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r')
            return fail(QStringLiteral("Unterminated string"), start, error, errorLocation);
        const QChar c = m_text[m_pos];
        if (c == u'"') {
            ++m_pos;
            break;
        }
        if (c.unicode() < 0x20 && c != u'\t')
            return fail(QStringLiteral("Invalid character %1 in a string").arg(printable(c)),
                        here(),
                        error,
                        errorLocation);
        if (c != u'\\') {
            value += c;
            ++m_pos;
            continue;
        }
        const SourceLocation escapeAt = here();
        if (m_pos + 1 >= m_text.size())
            return fail(QStringLiteral("Unterminated string"), start, error, errorLocation);
        const QChar e = peek(1);
        m_pos += 2;
        switch (e.unicode()) {
        case u'"':
            value += u'"';
            break;
        case u'\\':
            value += u'\\';
            break;
        case u'/':
            value += u'/';
            break;
        case u'b':
            value += u'\b';
            break;
        case u'f':
            value += u'\f';
            break;
        case u'n':
            value += u'\n';
            break;
        case u'r':
            value += u'\r';
            break;
        case u't':
            value += u'\t';
            break;
        case u'u': {
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(peek());
                if (h < 0)
                    return fail(QStringLiteral("Invalid Unicode escape: \\u needs four hex digits"),
                                escapeAt,
                                error,
                                errorLocation);
                code = code * 16 + h;
                ++m_pos;
            }
            value += QChar(char16_t(code));
            break;
        }
        default:
            return fail(QStringLiteral("Invalid escape sequence \\%1 in a string").arg(QString(e)),
                        escapeAt,
                        error,
                        errorLocation);
        }
    }
    token->kind = Token::Kind::String;
    token->text = value;
    token->location = start;
    return true;
}

bool Lexer::readBlockString(Token *token, QString *error, SourceLocation *errorLocation)
{
    const SourceLocation start = here();
    m_pos += 3;
    QString raw;
    while (true) {
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("Unterminated block string"), start, error, errorLocation);
        const QChar c = m_text[m_pos];
        if (c == u'"' && peek(1) == u'"' && peek(2) == u'"') {
            m_pos += 3;
            break;
        }
        if (c == u'\\' && peek(1) == u'"' && peek(2) == u'"' && peek(3) == u'"') {
            raw += QStringLiteral("\"\"\"");
            m_pos += 4;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            raw += c;
            ++m_pos;
            if (c == u'\r' && peek() == u'\n') {
                raw += u'\n';
                ++m_pos;
            }
            newLine(m_pos);
            continue;
        }
        if (c.unicode() < 0x20 && c != u'\t')
            return fail(QStringLiteral("Invalid character %1 in a block string").arg(printable(c)),
                        here(),
                        error,
                        errorLocation);
        raw += c;
        ++m_pos;
    }
    token->kind = Token::Kind::String;
    token->text = blockStringValue(raw);
    token->location = start;
    return true;
}

QString Lexer::describe(Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::End:
        return QStringLiteral("the end of the document");
    case Token::Kind::Bang:
        return QStringLiteral("'!'");
    case Token::Kind::Dollar:
        return QStringLiteral("'$'");
    case Token::Kind::Amp:
        return QStringLiteral("'&'");
    case Token::Kind::ParenL:
        return QStringLiteral("'('");
    case Token::Kind::ParenR:
        return QStringLiteral("')'");
    case Token::Kind::Spread:
        return QStringLiteral("'...'");
    case Token::Kind::Colon:
        return QStringLiteral("':'");
    case Token::Kind::Equals:
        return QStringLiteral("'='");
    case Token::Kind::At:
        return QStringLiteral("'@'");
    case Token::Kind::BracketL:
        return QStringLiteral("'['");
    case Token::Kind::BracketR:
        return QStringLiteral("']'");
    case Token::Kind::BraceL:
        return QStringLiteral("'{'");
    case Token::Kind::BraceR:
        return QStringLiteral("'}'");
    case Token::Kind::Pipe:
        return QStringLiteral("'|'");
    case Token::Kind::Name:
        return QStringLiteral("a name");
    case Token::Kind::Int:
        return QStringLiteral("an integer");
    case Token::Kind::Float:
        return QStringLiteral("a float");
    case Token::Kind::String:
        return QStringLiteral("a string");
    }
    return QStringLiteral("a token");
}

} // namespace graphql
