#include "tests/testlib/AppIdentity.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

void AppIdentity::useForTest(const QString &settingsFolder)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Smidig"));
    QCoreApplication::setApplicationName(QStringLiteral("Smidig"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder);
}
