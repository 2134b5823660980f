#pragma once

#include "core/model/OutboxEntry.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How an outbox entry reads on screen: what the action does ("Fulfill 3 items from Lager
// Vejle") and where it stands ("Waiting to be sent"), with an icon whose shape says the same.
// Shared by the outbox panel and the progress dialog, so both say things the same way.
class OutboxText final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxText)

public:
    static QString actionName(OutboxEntry::Action action);
    // The action with what it carries: items and location, tracking numbers.
    static QString describe(const OutboxEntry &entry);
    static QString stateName(OutboxEntry::State state);
    static QIcon stateIcon(OutboxEntry::State state);
};
