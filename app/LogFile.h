#pragma once

#include <QString>

// The app's log: Qt's messages go to stderr and to a file in the data folder (kept small:
// it rolls over at 1 MB, keeping two old files), so staff can send it with a report. Every
// secret the app knows is masked in it, as a second line of defence: nothing logs a secret
// on purpose.
namespace LogFile {

// Whether each line also goes to stderr: the window's does; smidig-cli's only with --verbose,
// since its stderr is for the sentences people read.
enum class Echo { ToStderr, No };

// Installs the message handler. Qt's handler is process-wide, so this is too.
void install(const QString &path, Echo echo = Echo::ToStderr);
// Masks this text wherever it would appear in a message from now on.
void addSecret(const QString &secret);
// logs/smidig.log in the data folder.
QString defaultPath();

} // namespace LogFile
