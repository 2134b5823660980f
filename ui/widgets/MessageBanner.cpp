#include "ui/widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// Light backgrounds with dark text in every theme: the bar must read the same on a dark
// desktop, and its edge carries the kind's colour.
QString styleFor(MessageBanner::Kind kind)
{
    QString background;
    QString edge;
    switch (kind) {
    case MessageBanner::Kind::Information:
        background = u"#dbeafe"_s;
        edge = u"#1d4ed8"_s;
        break;
    case MessageBanner::Kind::Warning:
        background = u"#fef3c7"_s;
        edge = u"#b45309"_s;
        break;
    case MessageBanner::Kind::Error:
        background = u"#fee2e2"_s;
        edge = u"#b91c1c"_s;
        break;
    }
    return u"MessageBanner { background: %1; border: 1px solid %2; border-left: 5px solid %2; }"
           u"MessageBanner > QLabel { color: #111827; background: transparent; }"_s.arg(background,
                                                                                        edge);
}

} // namespace

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setStyleSheet(styleFor(kind));
    m_icon->setObjectName(u"bannerIcon"_s);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_buttons->setSpacing(layout->spacing());
    layout->addLayout(m_buttons);
}

void MessageBanner::setIcon(const QIcon &icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}
