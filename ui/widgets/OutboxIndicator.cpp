#include "ui/widgets/OutboxIndicator.h"

#include "core/outbox/Outbox.h"
#include "ui/StatusIcons.h"

using namespace Qt::StringLiterals;

OutboxIndicator::OutboxIndicator(const Outbox *outbox, QWidget *parent)
    : QToolButton(parent)
    , m_outbox(outbox)
{
    setObjectName(u"outboxIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus); // the View menu's Outbox entry (Ctrl+Shift+O) is the keyboard's way
    connect(outbox, &Outbox::changed, this, &OutboxIndicator::refresh);
    refresh();
}

void OutboxIndicator::refresh()
{
    const int pending = m_outbox->pendingCount();
    const int failed = m_outbox->failedCount();
    QStringList parts;
    if (pending > 0)
        parts.append(tr("%n pending", nullptr, pending));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    setText(parts.join(u" · "_s));
    setIcon(failed > 0 ? StatusIcons::warning() : StatusIcons::sending());
    setToolTip(failed > 0 ? tr(
                   "Some actions did not reach Shopify: click to see them and retry or drop them")
                          : tr("Actions on their way to Shopify: click to see them"));
    setVisible(pending > 0 || failed > 0);
}
