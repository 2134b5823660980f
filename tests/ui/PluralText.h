#pragma once

#include <QString>

// The tests run without translations, so a "%n" text reads as in the source ("3 item(s)").
// A test compares with what English shows once its plural forms are loaded ("3 items"),
// accepting the source form too.
inline bool readsAs(const QString &actual, QString source, int n)
{
    source.replace(QStringLiteral("%n"), QString::number(n));
    QString english = source;
    english.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return actual == source || actual == english;
}
