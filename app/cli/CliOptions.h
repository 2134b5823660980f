#pragma once

#include "app/ConnectionOptions.h"
#include "core/model/Lease.h"
#include "core/model/OrderFilter.h"

#include <QString>
#include <QStringList>

// What the command line said, read and checked once, for the commands to use.
struct CliOptions
{
    QString command;
    QStringList arguments; // after the command: order references, numbers, a file
    ConnectionOptions::Resolved connection;
    OrderFilter filter;
    bool filterGiven = false; // --status or --search chose the orders
    QString format = QStringLiteral("table");
    QStringList trackingNumbers;
    QString company;
    bool notify = false;
    StationIdentity station; // what fulfilments are recorded with: --station, --packer, or saved
    bool takeOver = false;   // fulfil orders another station has claimed (logged)
    QString pdfPath;         // print: the PDF file to write
    QString paper;           // print: a4, letter, a6 or 4x6; empty for the saved Print Settings
    bool verbose = false;    // the log on stderr too, and errors with their technical detail
};
