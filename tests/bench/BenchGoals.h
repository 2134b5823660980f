#pragma once

#include <QCommandLineOption>
#include <QString>

// The goals of one benchmark run and the checks that both sides of a comparison did the same
// work. `make bench` runs each benchmark and fails when one exits non-zero, so a missed goal
// is a red step that names itself, not a figure nobody reads.
//
// A missed goal is reported as "GOAL MISSED: ..."; with --report-only (the small runs of the
// test suite, whose sizes and sanitizer builds say nothing about the goals) it only prints.
// A side that did different work ("NOT THE SAME WORK: ...") always fails: its ratio would
// compare nothing.
class BenchGoals final
{
public:
    enum class Enforcement { FailOnMiss, ReportOnly };

    static QCommandLineOption reportOnlyOption();

    explicit BenchGoals(Enforcement enforcement);

    void atMost(const QString &figure, double value, double goal);
    void atLeast(const QString &figure, double value, double goal);
    void sameWork(const QString &what, bool same);

    // 0 when every goal was met (or only reported) and both sides did the same work; else 1.
    int exitCode() const;

private:
    void goal(const QString &figure, double value, const char *relation, double goal, bool met);

    Enforcement m_enforcement;
    int m_missed = 0;
    int m_differentWork = 0;
};
