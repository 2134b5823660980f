// smidig: the order desk. This file only decides what to open and wires it together.

#include "app/ConnectionOptions.h"
#include "app/CoreDumps.h"
#include "app/DeskSession.h"
#include "app/LogFile.h"
#include "app/ShopLogin.h"
#include "app/Translations.h"
#include "ui/MainWindow.h"

#include "core/sync/OrderSync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    QMessageBox::critical(nullptr,
                          QCoreApplication::translate("main", "Smidig cannot start"),
                          message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret (CoreDumps.h).
    CoreDumps::forbid();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Smidig"_s);
    QCoreApplication::setApplicationName(u"Smidig"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(SMIDIG_VERSION));
    QGuiApplication::setDesktopFileName(QLatin1StringView(SMIDIG_APP_ID));

    // Before the options are described, so that --help speaks the chosen language too.
    Translations::install(&app, Translations::languageArgument(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Smidig, the order desk for Shopify stores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const ConnectionOptions connectionOptions;
    connectionOptions.addTo(parser);
    const QCommandLineOption languageOption(
        u"lang"_s,
        QCoreApplication::translate("main",
                                    "Use this language (da, de, en) instead of the system's."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption quitAfterSync(
        u"quit-after-sync"_s,
        QCoreApplication::translate("main",
                                    "Quit once the first sync has finished (for smoke tests)."));
    parser.addOptions({languageOption, quitAfterSync});
    parser.process(app);

    LogFile::install(LogFile::defaultPath());

    ConnectionOptions::Resolved connection;
    QString problem;
    if (!connectionOptions.resolve(parser, &connection, &problem))
        return fail(problem);

    QNetworkAccessManager network;
    ShopLogin login(&network);
    DeskSession::Setup setup;
    setup.store = connection.store;
    if (connection.demo) {
        setup.demo = true;
    } else if (connection.shop.isValid()) {
        // A shop from the command line, with its token from the environment (never an argument).
        setup.shop = connection.shop;
        setup.credentials = connection.credentials;
    } else {
        const ShopLogin::Outcome outcome = login.atStart();
        if (outcome.kind == ShopLogin::Outcome::Kind::Cancelled)
            return 0;
        setup.demo = outcome.kind == ShopLogin::Outcome::Kind::Demo;
        setup.shop = outcome.shop;
        setup.credentials = outcome.credentials;
        setup.notice = outcome.notice;
    }

    auto session = std::make_unique<DeskSession>(&network);
    if (!session->open(setup, &problem))
        return fail(problem);

    // Another shop replaces the whole session: its own store, client and window.
    std::function<void()> connectSession = [&] {
        QObject::connect(session.get(), &DeskSession::connectRequested, &app, [&] {
            const ShopLogin::Outcome outcome = login.ask();
            if (outcome.kind == ShopLogin::Outcome::Kind::Cancelled)
                return;
            DeskSession::Setup next;
            next.demo = outcome.kind == ShopLogin::Outcome::Kind::Demo;
            next.shop = outcome.shop;
            next.credentials = outcome.credentials;
            next.notice = outcome.notice;
            auto replacement = std::make_unique<DeskSession>(&network);
            QString why;
            if (!replacement->open(next, &why)) {
                QMessageBox::warning(session->window(),
                                     QCoreApplication::translate("main", "Cannot Open the Shop"),
                                     why);
                return;
            }
            // The old session's window sent this signal: let it finish before it goes.
            session.release()->deleteLater();
            session = std::move(replacement);
            connectSession();
        });
    };
    connectSession();

    if (parser.isSet(quitAfterSync)) {
        QObject::connect(session->sync(), &OrderSync::finished, &app, [](const SyncResult &result) {
            QCoreApplication::exit(result.isOk() ? 0 : 2);
        });
    }
    return app.exec();
}
