#include "tests/bench/BenchGoals.h"

#include <cstdio>

using namespace Qt::StringLiterals;

QCommandLineOption BenchGoals::reportOnlyOption()
{
    return QCommandLineOption(u"report-only"_s,
                              u"Print missed goals but exit 0 for them (small runs)."_s);
}

BenchGoals::BenchGoals(Enforcement enforcement)
    : m_enforcement(enforcement)
{}

void BenchGoals::atMost(const QString &figure, double value, double goal)
{
    this->goal(figure, value, "<=", goal, value <= goal);
}

void BenchGoals::atLeast(const QString &figure, double value, double goal)
{
    this->goal(figure, value, ">=", goal, value >= goal);
}

void BenchGoals::goal(
    const QString &figure, double value, const char *relation, double goal, bool met)
{
    if (met)
        return;
    ++m_missed;
    std::printf("GOAL MISSED: %s is %.3f, goal %s %.3f%s\n",
                qPrintable(figure),
                value,
                relation,
                goal,
                m_enforcement == Enforcement::ReportOnly ? " (report only)" : "");
    std::fflush(stdout);
}

void BenchGoals::sameWork(const QString &what, bool same)
{
    if (same)
        return;
    ++m_differentWork;
    std::printf("NOT THE SAME WORK: %s\n", qPrintable(what));
    std::fflush(stdout);
}

int BenchGoals::exitCode() const
{
    if (m_differentWork > 0)
        return 1;
    return m_missed > 0 && m_enforcement == Enforcement::FailOnMiss ? 1 : 0;
}
