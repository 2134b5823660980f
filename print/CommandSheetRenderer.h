#pragma once

#include <QCoreApplication>

class PageCursor;

// The pack mode's command sheet (issue 17, point 3), to tape to the packing table: each
// command (Fulfil, Skip, Undo, Next, Reprint) as a Code 128 barcode with its name and what it
// does, read by pack mode's ScanRouter as that command.
class CommandSheetRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(CommandSheetRenderer)

public:
    void render(PageCursor &cursor) const;
};
