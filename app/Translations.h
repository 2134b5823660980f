#pragma once

#include <QLocale>

class QCoreApplication;

// Loads Smidig's translations (embedded under :/i18n) and Qt's own for the given language,
// or for the system's when none is given, and makes that locale the default so dates,
// numbers and money are formatted for it too.
namespace Translations {

// language: "da", "de", "en" or empty for the system language. Returns the locale in use.
QLocale install(QCoreApplication *app, const QString &language);

// The value of --lang (as "--lang da" or "--lang=da") in a command line, or fallback when it is
// not there. Read before the options are parsed, so their help texts are translated too.
QString languageArgument(const QStringList &arguments, const QString &fallback = {});

// The languages Smidig is translated into (besides English).
QStringList available();

} // namespace Translations
