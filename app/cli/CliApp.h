#pragma once

#include <QCoreApplication>

// smidig-cli's commands: parses the arguments, runs the command, and returns the exit code
// (0 done, 1 usage error, 2 the shop or network failed, 3 the local store failed).
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    static int run(QCoreApplication &app);
};
