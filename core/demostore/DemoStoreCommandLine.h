#pragma once

#include "core/demostore/DemoStoreConfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace demostore {

// The options of the smidig-demostore executable, read into a DemoStoreConfig. Kept out of
// main() so that tests can check what a bad value says.
class DemoStoreCommandLine final
{
public:
    enum class Outcome { Run, ShowHelp, Error };

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    // The token may also come from the environment variable SMIDIG_DEMO_TOKEN.
    Outcome parse(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    const DemoStoreConfig &config() const { return m_config; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }

private:
    DemoStoreConfig m_config;
    QString m_error;
    QString m_help;
};

} // namespace demostore
