#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QStringList available()
{
    return {u"da"_s, u"de"_s};
}

QString languageArgument(const QStringList &arguments, const QString &fallback)
{
    // Stops at "--": what follows is an argument, not an option.
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != "--"_L1; ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--lang"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith("--lang="_L1))
            return argument.mid(7);
    }
    return fallback;
}

QLocale install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Smidig's own; English needs one too, for its plural forms ("1 order", "2 orders").
    // A language Smidig is not translated into gets English, with English plurals.
    auto *own = new QTranslator(app);
    if (own->load(locale, u"smidig"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/smidig_en.qm"_s))
        app->installTranslator(own);
    else
        delete own;

    // Qt's standard texts (dialog buttons, context menus), where Qt ships them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Translations
