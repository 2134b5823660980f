#pragma once

#include "print/PrintSettings.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

// What each Paper means to Qt's page setup, and its names for people and for the command
// line. Labels get narrow margins: a label printer prints to a few millimetres of the edge.
class PaperFormat final
{
    Q_DECLARE_TR_FUNCTIONS(PaperFormat)

public:
    static QPageLayout pageLayout(Paper paper);
    // "A4", "Letter", "A6 (105 × 148 mm)", "4 × 6 in label"; translated.
    static QString displayName(Paper paper);
    // Label sizes lay out tighter, with smaller type, than office paper.
    static bool isLabel(Paper paper);
};
