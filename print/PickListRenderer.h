#pragma once

#include "print/PickList.h"

#include <QCoreApplication>
#include <QDateTime>

class PageCursor;

// The pick list on paper: per location a table of SKU, item, total and the orders that need
// it (with their quantity when more than one), the headings repeated on every page.
class PickListRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PickListRenderer)

public:
    // `printedAt` is shown in the heading (a clock the tests can set).
    void render(PageCursor &cursor, const PickList &list, const QDateTime &printedAt) const;

private:
    void drawTableHeader(PageCursor &cursor) const;
};
