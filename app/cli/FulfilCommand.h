#pragma once

#include "app/cli/CliOptions.h"

#include <QCoreApplication>

class CliSession;

// `smidig-cli fulfil ORDER... [--tracking NUMBER]... [--company NAME] [--notify]
// [--take-over]`: fulfils everything that can ship of the orders, through the same outbox as
// the window, and says for each order what happened; an order it refuses makes it exit
// non-zero. Each order is claimed first (OrderClaims): one another station packs or fulfils
// is skipped, saying which station, unless --take-over is given.
class FulfilCommand final
{
    Q_DECLARE_TR_FUNCTIONS(FulfilCommand)

public:
    // Checks what can be checked before talking to the shop; a sentence when it is wrong.
    static QString checkOptions(const CliOptions &options);
    static int run(CliSession &session, const CliOptions &options);
};
