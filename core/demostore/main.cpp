// smidig-demostore: the demo store as a process of its own, for tests, benchmarks and trying
// the app without a shop. Prints one line with its address, then serves until killed.

#include "core/demostore/DemoStore.h"
#include "core/demostore/DemoStoreCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smidig-demostore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMIDIG_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    demostore::DemoStoreCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case demostore::DemoStoreCommandLine::Outcome::ShowHelp:
        out << commandLine.helpText();
        return 0;
    case demostore::DemoStoreCommandLine::Outcome::Error:
        err << "smidig-demostore: " << commandLine.errorText() << Qt::endl;
        return 2;
    case demostore::DemoStoreCommandLine::Outcome::Run:
        break;
    }

    demostore::DemoStore store(commandLine.config());
    QString problem;
    if (!store.start(&problem)) {
        err << "smidig-demostore: " << problem << Qt::endl;
        return 1;
    }
    // Whoever started us reads this line to learn the port: flushed at once.
    out << "Smidig demo store listening on " << store.url().toString() << Qt::endl;
    return app.exec();
}
