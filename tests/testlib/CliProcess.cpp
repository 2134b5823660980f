#include "tests/testlib/CliProcess.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

const QString kTokenVariable = u"SMIDIG_TEST_TOKEN"_s;

} // namespace

CliProcess::CliProcess(const QString &program, const QString &home)
    : m_program(program)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    const QDir folder(home);
    m_environment.insert(u"HOME"_s, folder.path());
    m_environment.insert(u"XDG_DATA_HOME"_s, folder.filePath(u"data"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, folder.filePath(u"config"_s));
    m_environment.insert(u"SMIDIG_OUTBOX_CHECK_DELAY_MS"_s, u"200"_s);
}

void CliProcess::setShop(const QUrl &shop, const QString &token)
{
    m_shop = shop;
    m_environment.insert(kTokenVariable, token);
}

void CliProcess::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

std::unique_ptr<QProcess> CliProcess::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->start(m_program,
                   QStringList{u"--shop"_s,
                               m_shop.toString(),
                               u"--token-env"_s,
                               kTokenVariable,
                               u"--database"_s,
                               m_database}
                       + arguments);
    return process;
}

int CliProcess::run(const QStringList &arguments, QString *errors) const
{
    const std::unique_ptr<QProcess> process = start(arguments);
    if (!process->waitForFinished(300000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(process->readAllStandardError());
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}
