#pragma once

#include "app/cli/CliOptions.h"

#include <QCoreApplication>

// `smidig-cli tracking NUMBER...`: which carrier each number belongs to, whether its check
// digit is right, and its tracking link, so a file of numbers can be checked before it is
// imported. Needs no shop.
class TrackingCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TrackingCommand)

public:
    static int run(const CliOptions &options);
};
