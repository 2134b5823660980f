// smidig-cli: the order desk without a window, for scripts and terminals.

#include "app/CoreDumps.h"
#include "app/cli/CliApp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Before anything holds a secret (CoreDumps.h).
    CoreDumps::forbid();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Smidig"_s);
    QCoreApplication::setApplicationName(u"Smidig"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(SMIDIG_VERSION));
    return CliApp::run(app);
}
