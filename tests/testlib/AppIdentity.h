#pragma once

#include <QString>

// For tests that put the app together as main() does: names the application as main() does
// (so QSettings finds the same keys) and keeps its settings in `settingsFolder` and its
// standard paths in Qt's test locations, out of the real home.
namespace AppIdentity {

void useForTest(const QString &settingsFolder);

} // namespace AppIdentity
