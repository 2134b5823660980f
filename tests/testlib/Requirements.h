#pragma once

#include <QString>
#include <QTest>

// What a test needs from the machine (a tool, a kernel feature, a privilege). Under CI=true
// nothing is skipped: a missing need fails the test and names it. Elsewhere (a developer's
// machine without it) the test is skipped with the same words, so the reason is in the output.
namespace Requirements {

inline bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1StringView("true");
}

} // namespace Requirements

#define SMIDIG_REQUIRE(condition, what) \
    do { \
        if (!(condition)) { \
            const QByteArray smidigWhy = QString(what).toUtf8(); \
            if (Requirements::inCi()) \
                QFAIL(smidigWhy.constData()); \
            QSKIP(smidigWhy.constData()); \
        } \
    } while (false)
