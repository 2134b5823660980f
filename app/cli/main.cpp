// smidig-cli: the order desk without a window, for scripts and terminals.

#include "app/CoreDumps.h"
#include "app/cli/CliApp.h"
#include "app/cli/PrintCommand.h"
#include "print/PrintingApplication.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Before anything holds a secret (CoreDumps.h).
    CoreDumps::forbid();
    // Printing lays out text, which needs a GUI application's fonts (PrintingApplication.h).
    const std::unique_ptr<QCoreApplication> app = PrintCommand::isPrinting(argc, argv)
                                                      ? PrintingApplication::create(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc,
                                                                                           argv);
    QCoreApplication::setOrganizationName(u"Smidig"_s);
    QCoreApplication::setApplicationName(u"Smidig"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(SMIDIG_VERSION));
    return CliApp::run(*app);
}
