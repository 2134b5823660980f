#pragma once

#include "app/cli/CliOptions.h"

#include <QCoreApplication>

class CliSession;

// `smidig-cli print slips|pick-list ORDER... --pdf FILE` (or --status/--search instead of
// orders) and `smidig-cli print command-sheet --pdf FILE` (issue 17, point 6): the window's
// documents as a PDF on the station's paper (--paper, else as saved in Print Settings), for a
// printer script (`lp FILE`). Orders come from the local store as the last sync left them.
class PrintCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    // "slips", "pick-list", "command-sheet".
    static QStringList documents();
    // Checks what can be checked before opening a store; a sentence when it is wrong.
    static QString checkOptions(const CliOptions &options);
    // Whether the document needs orders (and so the store).
    static bool needsOrders(const CliOptions &options);
    static int run(CliSession *session, const CliOptions &options);
    // Whether a command line asks to print: such a run needs a GUI application (fonts),
    // made before the options are parsed (main.cpp). A false alarm (`--search print`) only
    // costs the offscreen platform's start.
    static bool isPrinting(int argc, char **argv);
};
